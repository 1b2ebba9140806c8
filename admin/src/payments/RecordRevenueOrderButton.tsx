import ReceiptIcon from '@mui/icons-material/ReceiptLong';
import { DateInput, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { CommandFormButton } from '../actions/CommandFormButton';
import { CONVENTION_SUBJECT } from './payments.commands';

interface Billable {
  id: string;
  amendments: ReadonlyArray<{ id: string; number: number; signed: boolean }>;
  payments: ReadonlyArray<{ amendment?: { id: string } | null }>;
}

/**
 * Issues the revenue order (titre de recette) of a signed convention, or of one of its signed amendments:
 * one each, for its frozen amount. Offered while something signed has none yet.
 */
export const RecordRevenueOrderButton = ({ convention }: { convention: Billable }) => {
  const translate = useTranslate();
  const billed = new Set(convention.payments.map((payment) => payment.amendment?.id ?? CONVENTION_SUBJECT));
  const choices = [
    { id: CONVENTION_SUBJECT, name: translate('resources.payments.subjects.convention') },
    ...convention.amendments
      .filter((amendment) => amendment.signed)
      .map((amendment) => ({ id: amendment.id, name: translate('resources.payments.subjects.amendment', { number: amendment.number }) })),
  ].filter((choice) => !billed.has(choice.id));
  if (!choices.length) return null;
  return (
    <CommandFormButton
      label="resources.payments.actions.recordRevenueOrder"
      icon={<ReceiptIcon />}
      command="recordRevenueOrder"
      values={{ conventionId: convention.id, subject: choices[0]!.id, issuedOn: null, reference: null, dueOn: null }}
      title={['resources.payments.actions.recordRevenueOrderTitle']}
      explanation={['resources.payments.actions.recordRevenueOrderExplanation']}
      submitLabel="resources.payments.actions.recordRevenueOrderSubmit"
      done={() => ['resources.payments.actions.revenueOrderRecorded']}
    >
      <SelectInput source="subject" label="resources.payments.fields.subject" choices={choices} translateChoice={false} validate={required()} fullWidth />
      <TextInput source="reference" label="resources.payments.fields.reference" validate={required()} fullWidth />
      <DateInput source="issuedOn" label="resources.payments.fields.issuedOn" validate={required()} fullWidth />
      <DateInput source="dueOn" label="resources.payments.fields.dueOn" helperText="resources.payments.hints.dueOn" fullWidth />
    </CommandFormButton>
  );
};
