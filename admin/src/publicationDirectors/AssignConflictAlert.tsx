import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';
import { withFrenchDates } from '../format/frenchFormats';

/**
 * The server refused the designation without it being about one input: mostly a back-dated start that would
 * rewrite the history (CONFLICT). Its reason, then what to do.
 */
export const AssignConflictAlert = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2, width: '100%' }}>
      <AlertTitle>{translate('resources.publicationDirectors.assign.conflictTitle')}</AlertTitle>
      {withFrenchDates(message)} {translate('resources.publicationDirectors.assign.conflictHint')}
    </Alert>
  );
};
