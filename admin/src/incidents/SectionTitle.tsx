import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A heading between the fields of a tab (« Signalement », « Traitement »…). */
export const SectionTitle = ({ label }: { label: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
      {translate(label)}
    </Typography>
  );
};
