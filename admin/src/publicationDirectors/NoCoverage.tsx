import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** An empty coverage table: no circonscription in the perimeter (or the filter). */
export const NoCoverage = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ p: 2 }}>
      {translate('resources.publicationCoverage.empty')}
    </Typography>
  );
};
