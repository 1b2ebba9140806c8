import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ConventionDetailsRecord } from './conventions.api';
import { DeliberationDetails } from './DeliberationDetails';

/** The council's deliberations on the convention, the latest first (a rejection may precede the adoption). */
export const ConventionDeliberations = (_props: { label?: string | false }) => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  const translate = useTranslate();
  if (!convention) return null;
  if (!convention.deliberations.length) {
    return <Typography variant="body2">{translate('resources.conventions.deliberation.none')}</Typography>;
  }
  return (
    <>
      {[...convention.deliberations].reverse().map((deliberation) => (
        <DeliberationDetails key={deliberation.id} deliberation={deliberation} />
      ))}
    </>
  );
};
