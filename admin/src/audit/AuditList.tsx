import { Datagrid, List } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { AuditActorField } from './AuditActorField';
import { AuditChainBanner } from './AuditChainBanner';
import { AuditChangesField } from './AuditChangesField';
import { AuditOperationField } from './AuditOperationField';
import { AuditTargetField } from './AuditTargetField';
import { useAuditFilters } from './useAuditFilters';

/** The whole trail, newest first, under the chain's status. */
const AuditList = () => (
  <List filters={useAuditFilters()} sort={{ field: 'at', order: 'DESC' }} exporter={false} empty={false}>
    <AuditChainBanner />
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <DateTimeField source="at" />
      <AuditActorField source="actorEmail" sortable={false} />
      <AuditOperationField source="operation" sortable={false} />
      <AuditTargetField source="targetId" label="resources.audit.target" sortable={false} />
      <AuditChangesField source="changes" sortable={false} />
    </Datagrid>
  </List>
);

export default AuditList;
