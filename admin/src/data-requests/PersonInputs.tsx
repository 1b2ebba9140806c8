import { Box } from '@mui/material';
import { required, TextInput } from 'react-admin';

/** Names, e-mail and postal address of a person (`source`: applicant or subject): where the letters go. */
export const PersonInputs = ({ source }: { source: 'applicant' | 'subject' }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
    <TextInput source={`${source}.firstName`} label="resources.dataSubjectRequests.person.firstName" validate={required()} />
    <TextInput source={`${source}.lastName`} label="resources.dataSubjectRequests.person.lastName" validate={required()} />
    <TextInput source={`${source}.email`} label="resources.dataSubjectRequests.person.email" type="email" />
    <TextInput source={`${source}.postalAddress`} label="resources.dataSubjectRequests.person.postalAddress" multiline />
  </Box>
);
