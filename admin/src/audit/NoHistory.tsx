import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What an empty trail says (the grid's default speaks of filters, which the user did not set). */
export const NoHistory = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ p: 2 }}>
      {translate('resources.audit.noHistory')}
    </Typography>
  );
};
