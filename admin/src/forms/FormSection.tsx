import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A heading inside a long form (the page title is the h1). */
export const FormSection = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
      {translate(title)}
    </Typography>
  );
};
