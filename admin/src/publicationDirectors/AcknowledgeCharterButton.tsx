import CharterIcon from '@mui/icons-material/FactCheck';
import { DateInput, required } from 'react-admin';
import { todayInParis } from '../format/parisDays';
import { DirectorActionButton } from './DirectorActionButton';
import type { DirectorRecord } from './publicationDirectors.commands';

/** Records the day the director acknowledged the charter that every user accepts at first login (not in the future). */
export const AcknowledgeCharterButton = ({ director }: { director: DirectorRecord }) => (
  <DirectorActionButton
    command="acknowledgeCharter"
    director={director}
    messages="resources.publicationDirectors.charter"
    icon={<CharterIcon />}
    defaults={{ on: todayInParis() }}
  >
    <DateInput source="on" label="resources.publicationDirectors.fields.charterAcknowledgedOn" validate={required()} />
  </DirectorActionButton>
);
