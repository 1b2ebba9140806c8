import ApplyIcon from '@mui/icons-material/FilterAlt';
import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import { Button, useListContext, useTranslate } from 'react-admin';
import type { SavedIncidentFilterDetailsFragment } from '../../graphql/generated/graphql';
import { filterValuesOf, incidentFilter, setCriteria } from '../incidentFilter';
import { DeleteFilterButton } from './DeleteFilterButton';
import { RenameFilterButton } from './RenameFilterButton';
import { SaveFilterButton } from './SaveFilterButton';
import { useSavedIncidentFilters } from './useSupportHomeData';

/** The criteria of a filter as one comparable text (incidentFilter gives its keys in a fixed order). */
const criteriaOf = (values: Record<string, unknown>) => JSON.stringify(setCriteria(incidentFilter(values)));

/**
 * The user's saved filters above the list: one click applies one; the current filter can be saved under a
 * name; the saved filter being applied can be renamed or deleted.
 */
export const SavedFilters = () => {
  const translate = useTranslate();
  const headingId = useId();
  const { filterValues, setFilters } = useListContext();
  const { data: savedFilters = [] } = useSavedIncidentFilters();
  const current = criteriaOf(filterValues);
  const active = savedFilters.find((saved) => criteriaOf(filterValuesOf(saved)) === current);
  const apply = (saved: SavedIncidentFilterDetailsFragment) => {
    const values = filterValuesOf(saved);
    // Show the inputs of the criteria the saved filter sets, even those the toolbar hides by default.
    setFilters(values, Object.fromEntries(Object.keys(values).map((key) => [key, true])));
  };
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ px: 2, py: 1, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
      <Typography id={headingId} variant="subtitle1" component="h4" sx={{ mr: 1 }}>
        {translate('resources.incidents.saved.title')}
      </Typography>
      {savedFilters.length ? (
        <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0 }}>
          {savedFilters.map((saved) => (
            <li key={saved.id}>
              <Button
                label={saved.name}
                variant={saved === active ? 'contained' : 'outlined'}
                aria-pressed={saved === active}
                onClick={() => apply(saved)}
              >
                <ApplyIcon />
              </Button>
            </li>
          ))}
        </Box>
      ) : (
        <Typography variant="body2">{translate('resources.incidents.saved.none')}</Typography>
      )}
      <SaveFilterButton />
      {active && <RenameFilterButton saved={active} />}
      {active && <DeleteFilterButton saved={active} />}
    </Box>
  );
};
