import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { LetterTemplateRecord } from './letter-templates.api';

/** The fields a template may use, written `{{name}}`; any other is refused on save. */
export const PlaceholderList = () => {
  const template = useRecordContext<LetterTemplateRecord>();
  const translate = useTranslate();
  if (!template) return null;
  return (
    <Box component="aside" aria-labelledby="placeholders-title" sx={{ width: { md: 320 }, flexShrink: 0, ml: { md: 2 }, mt: { xs: 2, md: 0 } }}>
      <Typography id="placeholders-title" variant="h6" component="h2" gutterBottom>
        {translate('resources.letterTemplates.placeholders')}
      </Typography>
      <Box component="dl" sx={{ m: 0 }}>
        {template.placeholders.map((placeholder) => (
          <Box key={placeholder.name} sx={{ mb: 1 }}>
            <Typography component="dt" variant="body2" sx={{ fontFamily: 'monospace' }}>
              {`{{${placeholder.name}}}`}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }}>
              {placeholder.description}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
