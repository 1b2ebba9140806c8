import { useRecordContext, useTranslate } from 'react-admin';
import { DataTable } from '../fields/DataTable';
import { formatDate, formatMoney } from '../format/frenchFormats';
import type { ConventionDetailsRecord } from './conventions.api';
import { SignAmendmentButton } from './SignAmendmentButton';

type Amendment = ConventionDetailsRecord['amendments'][number];

/** The amendments (avenants): the schools each adds, its amount, its signatures or the button to record them. */
export const ConventionAmendments = (_props: { label?: string }) => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  const translate = useTranslate();
  if (!convention) return null;
  const signatures = (amendment: Amendment) =>
    amendment.signed
      ? translate('resources.conventions.amendments.signedOn', { commune: formatDate(amendment.communeSignedOn!), academy: formatDate(amendment.academySignedOn!) })
      : convention.status === 'SIGNED' && <SignAmendmentButton amendment={amendment} />;
  return (
    <DataTable<Amendment>
      caption="resources.conventions.amendments.caption"
      rows={convention.amendments}
      rowKey={(amendment) => amendment.id}
      empty="resources.conventions.amendments.none"
      columns={[
        { label: 'resources.conventions.amendments.number', render: (amendment) => amendment.number },
        { label: 'resources.conventions.amendments.schools', render: (amendment) => amendment.schools.map((school) => `${school.name} (${school.uai})`).join(', ') },
        { label: 'resources.conventions.fields.amountCents', render: (amendment) => formatMoney(amendment.amountCents), align: 'right' },
        { label: 'resources.conventions.amendments.signatures', render: signatures },
      ]}
    />
  );
};
