import { Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { AutocompleteInput, ReferenceInput, required, useSourceContext, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { ScopeLevel } from '../graphql/generated/graphql';
import { TerritorySelectInput } from '../territory/TerritorySelectInput';
import { TERRITORY_OF_LEVEL } from './grantEnums';

const LABEL = 'ent.grants.scope';

/**
 * The scope of one row of the grants editor, picked from the list that its level calls for: régions,
 * académies, départements (served ones) or circonscriptions (searched). Changing the level empties the
 * scope, whose code would mean something else at the new level.
 */
export const GrantScopeInput = () => {
  const translate = useTranslate();
  const sourceContext = useSourceContext();
  const scopeCodeSource = sourceContext.getSource('scopeCode');
  const level = useWatch({ name: sourceContext.getSource('scopeLevel') }) as ScopeLevel | undefined;
  const { setValue } = useFormContext();
  const shownLevel = useRef(level);
  useEffect(() => {
    if (shownLevel.current !== level) setValue(scopeCodeSource, null, { shouldDirty: true });
    shownLevel.current = level;
  }, [level, scopeCodeSource, setValue]);

  if (level === 'CIRCONSCRIPTION') {
    return (
      <ReferenceInput source="scopeCode" reference="circonscriptions" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label={LABEL} validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
    );
  }
  if (level) return <TerritorySelectInput source="scopeCode" reference={TERRITORY_OF_LEVEL[level]} label={LABEL} validate={required()} sx={{ minWidth: 320 }} />;
  return (
    <Typography variant="body2" sx={{ minWidth: 320, alignSelf: 'center' }}>
      {translate('ent.grants.chooseLevelFirst')}
    </Typography>
  );
};
