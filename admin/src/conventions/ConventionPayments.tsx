import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { DataTable } from '../fields/DataTable';
import { formatDate, formatMoney } from '../format/frenchFormats';
import type { ConventionPaymentFragment } from '../graphql/generated/graphql';
import { PaymentStatus } from '../payments/PaymentStatus';
import { RecordPaymentButton } from '../payments/RecordPaymentButton';
import { RecordRevenueOrderButton } from '../payments/RecordRevenueOrderButton';
import type { ConventionDetailsRecord } from './conventions.api';

/** The revenue orders of a signed convention and of its amendments, their payment, and what is left to bill. */
export const ConventionPayments = (_props: { label?: string | false }) => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  const translate = useTranslate();
  if (!convention) return null;
  const billable = convention.status === 'SIGNED' || convention.status === 'EXPIRED';
  return (
    <Box>
      <DataTable<ConventionPaymentFragment>
        caption="resources.payments.caption"
        rows={convention.payments}
        rowKey={(payment) => payment.id}
        empty={billable ? 'resources.payments.none' : 'resources.payments.notSigned'}
        columns={[
          { label: 'resources.payments.fields.reference', render: (payment) => payment.reference },
          {
            label: 'resources.payments.fields.subject',
            render: (payment) =>
              payment.amendment
                ? translate('resources.payments.subjects.amendment', { number: payment.amendment.number })
                : translate('resources.payments.subjects.convention'),
          },
          { label: 'resources.payments.fields.amountCents', render: (payment) => formatMoney(payment.amountCents), align: 'right' },
          { label: 'resources.payments.fields.issuedOn', render: (payment) => formatDate(payment.issuedOn) },
          { label: 'resources.payments.fields.dueOn', render: (payment) => formatDate(payment.dueOn) },
          { label: 'resources.payments.fields.status', render: (payment) => <PaymentStatus payment={payment} /> },
          { label: 'resources.payments.fields.actions', render: (payment) => !payment.paidOn && <RecordPaymentButton payment={payment} /> },
        ]}
      />
      {billable && <RecordRevenueOrderButton convention={convention} />}
    </Box>
  );
};
