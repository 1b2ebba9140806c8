import { Alert, AlertTitle, List, ListItem, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDate } from '../format/frenchFormats';
import type { AssignedDirectors } from './AssignProposalsButton';
import { PersonName } from './PersonName';

/** What the bulk assignment did: who was designated for which school, from which day (each gets a mail). */
export const AssignedDirectorsList = ({ assigned }: { assigned: AssignedDirectors }) => {
  const translate = useTranslate();
  return (
    <Alert severity="success" role="status">
      <AlertTitle>
        {translate('resources.publicationDirectors.proposals.doneTitle', { smart_count: assigned.length, date: formatDate(assigned[0]?.startDate ?? '') })}
      </AlertTitle>
      <List dense disablePadding>
        {assigned.map((director) => (
          <ListItem key={director.id} disableGutters>
            <ListItemText primary={director.school?.name} secondary={<PersonName person={director} />} />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};
