import { Box } from '@mui/material';
import { RadioButtonGroupInput, required, useTranslate } from 'react-admin';
import { importKindChoices } from './importEnums';

/** What the file holds, each kind with the file it expects (the columns are found by their header). */
export const ImportKindInput = ({ disabled }: { disabled: boolean }) => {
  const translate = useTranslate();
  return (
    <RadioButtonGroupInput
      source="kind"
      choices={importKindChoices}
      optionText={(choice: { id: string; name: string }) => (
        <Box component="span" sx={{ display: 'grid', py: 0.5 }}>
          <span>{translate(choice.name)}</span>
          <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.875rem' }}>
            {translate(`resources.directoryImports.kindHints.${choice.id}`)}
          </Box>
        </Box>
      )}
      validate={required()}
      row={false}
      disabled={disabled}
    />
  );
};
