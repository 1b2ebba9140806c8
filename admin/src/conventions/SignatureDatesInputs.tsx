import { DateInput, required } from 'react-admin';

/** Both parties' signature dates (the mayor's for the commune, the rectrice's for the région académique). */
export const SignatureDatesInputs = () => (
  <>
    <DateInput source="communeSignedOn" label="resources.conventions.fields.communeSignedOn" validate={required()} fullWidth />
    <DateInput source="academySignedOn" label="resources.conventions.fields.academySignedOn" validate={required()} fullWidth />
  </>
);
