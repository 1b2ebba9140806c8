import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';

/** A text typed over several lines (a description, a resolution message), its line breaks kept. */
export const MultilineTextField = ({ source }: FieldProps) => {
  const value: unknown = useFieldValue({ source });
  if (typeof value !== 'string') return null;
  return (
    <Typography component="p" variant="body2" sx={{ whiteSpace: 'pre-wrap', maxWidth: '80ch' }}>
      {value}
    </Typography>
  );
};
