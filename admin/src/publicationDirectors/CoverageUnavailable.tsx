import { Alert, AlertTitle } from '@mui/material';
import { useShowContext, useTranslate } from 'react-admin';

/** A coverage the API refused (a circonscription outside the perimeter: FORBIDDEN) or does not know, with its reason. */
export const CoverageUnavailable = () => {
  const translate = useTranslate();
  const { error } = useShowContext();
  return (
    <Alert severity="error" role="alert" sx={{ m: 2 }}>
      <AlertTitle>{translate('resources.publicationCoverage.unavailable')}</AlertTitle>
      {error?.message}
    </Alert>
  );
};
