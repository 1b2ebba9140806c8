import { useTranslate } from 'react-admin';
import { GrantList } from '../grants/GrantList';
import { describeAuditValue, grantsOfAuditValue, parseAuditValue } from './auditValues';

/** One side of a change; a user's grants are shown in words. */
export const AuditChangeValue = ({ field, json }: { field: string; json: string | null }) => {
  const translate = useTranslate();
  const value = parseAuditValue(json);
  const grants = field === 'grants' ? grantsOfAuditValue(value) : undefined;
  if (grants) return <GrantList grants={grants} />;
  return <>{describeAuditValue(value, { none: '—', yes: translate('ra.boolean.true'), no: translate('ra.boolean.false') })}</>;
};
