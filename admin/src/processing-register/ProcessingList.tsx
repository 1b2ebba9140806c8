import { Datagrid, List, SelectField } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { ShowLinkField } from '../fields/ShowLinkField';
import { legalBasisChoices } from './processingEnums';
import { ProcessingListActions } from './ProcessingListActions';

/** The register of processing activities (GDPR Art. 30), by name: the API lists it whole, in its order. */
const ProcessingList = () => (
  <List actions={<ProcessingListActions />} exporter={false} empty={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ShowLinkField source="name" sortable={false} />
      <SelectField source="legalBasis" choices={legalBasisChoices} sortable={false} />
      <DateTimeField source="updatedAt" sortable={false} />
    </Datagrid>
  </List>
);

export default ProcessingList;
