import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDate } from '../format/frenchFormats';

/** « Payé le 12/03/2023 », « En retard » or « À payer » — in words; the colour only repeats them. */
export const PaymentStatus = ({ payment }: { payment: { paidOn?: string | null; overdue: boolean } }) => {
  const translate = useTranslate();
  if (payment.paidOn) return <Chip size="small" variant="outlined" color="success" label={translate('resources.payments.status.paid', { date: formatDate(payment.paidOn) })} />;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={payment.overdue ? 'error' : 'default'}
      label={translate(payment.overdue ? 'resources.payments.status.overdue' : 'resources.payments.status.unpaid')}
    />
  );
};
