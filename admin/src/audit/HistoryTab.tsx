import { TabbedShowLayout, useCanAccess, type TabProps } from 'react-admin';
import { AuditTrail } from './AuditTrail';

/**
 * The « Historique » tab of a record's page (inside a TabbedShowLayout), for those who may read the audit
 * trail (ADMIN and DPO: entries may hold personal data); nobody else sees the tab.
 */
export const HistoryTab = ({ targetType, ...tabProps }: { targetType: string } & Omit<TabProps, 'label' | 'children'>) => {
  const { canAccess } = useCanAccess({ resource: 'audit', action: 'list' });
  if (!canAccess) return null;
  return (
    <TabbedShowLayout.Tab label="resources.audit.historyTab" {...tabProps}>
      <AuditTrail targetType={targetType} />
    </TabbedShowLayout.Tab>
  );
};
