import PaidIcon from '@mui/icons-material/Paid';
import { DateInput, required } from 'react-admin';
import { CommandFormButton } from '../actions/CommandFormButton';

/** Records that a revenue order was paid, on the day the money came in. */
export const RecordPaymentButton = ({ payment }: { payment: { id: string; reference: string } }) => (
  <CommandFormButton
    label="resources.payments.actions.recordPayment"
    icon={<PaidIcon />}
    command="recordPayment"
    values={{ id: payment.id, paidOn: null }}
    title={['resources.payments.actions.recordPaymentTitle', { reference: payment.reference }]}
    submitLabel="resources.payments.actions.recordPaymentSubmit"
    done={() => ['resources.payments.actions.paymentRecorded', { reference: payment.reference }]}
  >
    <DateInput source="paidOn" label="resources.payments.fields.paidOn" validate={required()} fullWidth />
  </CommandFormButton>
);
