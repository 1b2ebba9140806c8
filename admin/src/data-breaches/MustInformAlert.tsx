import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useRecordContext, useTranslate } from 'react-admin';
import type { DataBreachRecord } from './data-breaches.api';

/** A high risk means telling the people too (Art. 34), until it is recorded. */
export const MustInformAlert = () => {
  const breach = useRecordContext<DataBreachRecord>();
  const translate = useTranslate();
  if (!breach?.mustInformPeople) return null;
  return <Alert severity="warning" small role={undefined} description={translate('resources.dataBreaches.mustInform')} className="fr-mb-2w" />;
};
