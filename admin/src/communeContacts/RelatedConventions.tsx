import { Datagrid, ReferenceManyField } from 'react-admin';
import { ConventionStatusField } from '../conventions/ConventionStatusField';
import { DateField } from '../fields/DateField';
import { MoneyField } from '../fields/MoneyField';
import { ShowLinkField } from '../fields/ShowLinkField';

/** The conventions of the commune shown (id = its INSEE code), the latest year first. */
export const RelatedConventions = (_props: { label: string }) => (
  <ReferenceManyField reference="conventions" target="communeInseeCode" sort={{ field: 'schoolYear', order: 'DESC' }} perPage={50}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ShowLinkField source="schoolYear" />
      <ConventionStatusField source="status" />
      <MoneyField source="totalAmountCents" sortable={false} />
      <DateField source="sentOn" sortable={false} />
    </Datagrid>
  </ReferenceManyField>
);
