import { Create } from 'react-admin';
import { GroupingForm } from './GroupingForm';

/** A new grouping starts with its members; payer rows are added for the schools another member pays for. */
const GroupingCreate = () => (
  <Create redirect="list" record={{ communeInseeCodes: [], payerRows: [] }}>
    <GroupingForm />
  </Create>
);

export default GroupingCreate;
