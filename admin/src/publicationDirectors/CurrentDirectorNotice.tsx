import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDate } from '../format/frenchFormats';
import { PersonName } from './PersonName';
import type { DirectorRecord } from './publicationDirectors.commands';

/** What a new designation does to the director of the day: their designation ends the day before it starts. */
export const CurrentDirectorNotice = ({ current }: { current: DirectorRecord | null }) => {
  const translate = useTranslate();
  if (!current) {
    return <Alert severity="info">{translate('resources.publicationDirectors.assign.nobodyToday')}</Alert>;
  }
  return (
    <Alert severity="info">
      <PersonName person={current} /> {translate('resources.publicationDirectors.assign.currentSince', { date: formatDate(current.startDate) })}{' '}
      {translate('resources.publicationDirectors.assign.endsTheDayBefore')}
    </Alert>
  );
};
