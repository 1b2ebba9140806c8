import EndIcon from '@mui/icons-material/EventBusy';
import { DateInput, maxLength, required, TextInput } from 'react-admin';
import { todayInParis } from '../format/parisDays';
import { DirectorActionButton } from './DirectorActionButton';
import type { DirectorRecord } from './publicationDirectors.commands';

/** Ends a designation without a known successor (the director leaves): its last day and why. */
export const EndDirectorButton = ({ director }: { director: DirectorRecord }) => (
  <DirectorActionButton
    command="endPublicationDirector"
    director={director}
    messages="resources.publicationDirectors.end"
    icon={<EndIcon />}
    defaults={{ endDate: todayInParis(), reason: '' }}
  >
    <DateInput source="endDate" validate={required()} helperText="resources.publicationDirectors.end.endDateHint" />
    <TextInput source="reason" validate={[required(), maxLength(300)]} multiline minRows={2} fullWidth />
  </DirectorActionButton>
);
