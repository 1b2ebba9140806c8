import { Datagrid, FunctionField, List, NullableBooleanInput, TextField } from 'react-admin';
import { SchoolYearInput } from '../campaigns/SchoolYearInput';
import { DateField } from '../fields/DateField';
import { MoneyField } from '../fields/MoneyField';
import { RecordLink } from '../fields/RecordLink';
import { TerritorySelectInput } from '../territory/TerritorySelectInput';
import type { PaymentRecord } from './payments.api';
import { PaymentStatus } from './PaymentStatus';
import { RecordPaymentButton } from './RecordPaymentButton';

/** Every filter runs on the server (PaymentFilter); « En retard : oui » is the list of overdue revenue orders. */
export const paymentFilters = [
  <SchoolYearInput key="schoolYear" alwaysOn sx={{ minWidth: 160 }} />,
  <NullableBooleanInput key="overdue" source="overdue" alwaysOn sx={{ minWidth: 160 }} />,
  <NullableBooleanInput key="paid" source="paid" alwaysOn sx={{ minWidth: 160 }} />,
  <TerritorySelectInput key="academy" source="academyCode" reference="academies" />,
  <TerritorySelectInput key="department" source="departmentCode" reference="departments" />,
];

/** The revenue orders (titres de recette), by due date: which are paid, which are late, and the payment to record. */
const PaymentList = () => (
  <List filters={paymentFilters} sort={{ field: 'dueOn', order: 'ASC' }} exporter={false}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <TextField source="reference" sortable={false} />
      <FunctionField<PaymentRecord>
        source="convention"
        sortable={false}
        render={({ convention }) => (
          <RecordLink resource="conventions" id={convention.id}>
            {convention.commune.name} {convention.schoolYear}
          </RecordLink>
        )}
      />
      <FunctionField<PaymentRecord> source="amendment" sortable={false} render={({ amendment }) => amendment?.number} />
      <MoneyField source="amountCents" />
      <DateField source="issuedOn" />
      <DateField source="dueOn" />
      <FunctionField<PaymentRecord> source="status" sortable={false} render={(payment) => <PaymentStatus payment={payment} />} />
      <FunctionField<PaymentRecord> source="actions" sortable={false} render={(payment) => !payment.paidOn && <RecordPaymentButton payment={payment} />} />
    </Datagrid>
  </List>
);

export default PaymentList;
