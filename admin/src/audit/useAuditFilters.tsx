import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, useCanAccess } from 'react-admin';
import { auditOperationChoices, auditTargetTypeChoices } from './auditEnums';

/**
 * The audit list's filters, all run by the server. The author is picked among the accounts, which only
 * administrators may list; the DPO filters by target and date.
 */
export function useAuditFilters() {
  const { canAccess: mayListUsers } = useCanAccess({ resource: 'users', action: 'list' });
  return [
    <SelectInput key="targetType" source="targetType" choices={auditTargetTypeChoices} alwaysOn sx={{ minWidth: 180 }} />,
    <TextInput key="targetId" source="targetId" alwaysOn resettable />,
    <SelectInput key="operation" source="operation" choices={auditOperationChoices} alwaysOn sx={{ minWidth: 260 }} />,
    <DateInput key="from" source="from" alwaysOn />,
    <DateInput key="to" source="to" alwaysOn />,
    ...(mayListUsers
      ? [
          <ReferenceInput key="actor" source="actorUserId" reference="users">
            <AutocompleteInput sx={{ minWidth: 280 }} />
          </ReferenceInput>,
        ]
      : []),
  ];
}
