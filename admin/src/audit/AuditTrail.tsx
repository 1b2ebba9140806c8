import { Datagrid, Pagination, ReferenceManyField } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { AuditActorField } from './AuditActorField';
import { AuditChangesField } from './AuditChangesField';
import { AuditOperationField } from './AuditOperationField';
import { NoHistory } from './NoHistory';

/** The trail of the record shown (a school, a user), newest first: `targetType` is the trail's name for it. */
export const AuditTrail = ({ targetType }: { targetType: string }) => (
  <ReferenceManyField
    reference="audit"
    target="targetId"
    filter={{ targetType }}
    sort={{ field: 'at', order: 'DESC' }}
    perPage={10}
    pagination={<Pagination />}
  >
    <Datagrid bulkActionButtons={false} rowClick={false} empty={<NoHistory />}>
      <DateTimeField source="at" />
      <AuditActorField source="actorEmail" sortable={false} />
      <AuditOperationField source="operation" sortable={false} />
      <AuditChangesField source="changes" sortable={false} />
    </Datagrid>
  </ReferenceManyField>
);
