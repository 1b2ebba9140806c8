import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A term (i18n key) and what it says; a null or empty value leaves the term out. */
export type Definition = [label: string, value: ReactNode];

/** Facts of a record as a definition list (`dl`), terms beside their values, which screen readers pair. */
export const DefinitionList = ({ items }: { items: readonly Definition[] }) => {
  const translate = useTranslate();
  const shown = items.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
      {shown.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ color: 'text.secondary' }}>
            {translate(label)}
          </Box>
          <Box component="dd" sx={{ m: 0 }}>
            {value}
          </Box>
        </Box>
      ))}
    </Box>
  );
};
