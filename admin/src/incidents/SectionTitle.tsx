import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface SectionTitleProps {
  /** The heading's i18n key. */
  title: string;
  /** `false` in a show layout, which otherwise puts a label above each of its children. */
  label?: false;
}

/** A heading between the inputs of a form or the fields of a tab (« Signalement », « Traitement »…). */
export const SectionTitle = ({ title }: SectionTitleProps) => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
      {translate(title)}
    </Typography>
  );
};
