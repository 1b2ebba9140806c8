import { Typography } from '@mui/material';
import { useRecordContext, type FieldProps } from 'react-admin';
import { PersonName, type Person } from './PersonName';

/** The record's person by name (a designation, a line of the bulk preview). */
export const PersonNameField = (_props: Partial<FieldProps>) => {
  const person = useRecordContext<Person & { id: string }>();
  if (!person) return null;
  return (
    <Typography component="span" variant="body2">
      <PersonName person={person} />
    </Typography>
  );
};
