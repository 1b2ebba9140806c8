import { Box, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A list to work on in a circonscription's coverage page, under a heading that gives its size. */
export const CoverageSection = ({ title, count, children }: { title: string; count: number; children: ReactNode }) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mt: 2 }}>
      <Typography id={titleId} variant="h6" component="h2" gutterBottom>
        {translate(title, { smart_count: count })}
      </Typography>
      {children}
    </Box>
  );
};
