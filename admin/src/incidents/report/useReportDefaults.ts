import { useGetIdentity, usePermissions } from 'react-admin';
import { holdsRole, type Permissions } from '../../auth/permissions';
import type { Values } from '../../dataProvider/values';

/**
 * The report form's starting values. An ERUN or an academic team member reports for themself, through
 * the console; the support team types what a caller says (on the phone, most often). Undefined until the
 * user is known, so that the form starts with the right values.
 */
export function useReportDefaults(): Values | undefined {
  const { identity, isPending: identityPending } = useGetIdentity();
  const { permissions, isPending: permissionsPending } = usePermissions<Permissions>();
  if (identityPending || permissionsPending || !identity || !permissions) return undefined;
  const common = { scope: 'SCHOOL', impact: 'MEDIUM', urgency: 'MEDIUM' };
  if (holdsRole(permissions, 'SUPPORT')) return { ...common, channel: 'PHONE' };
  const reporterRole = permissions.roles.includes('ERUN') ? 'ERUN' : 'ACADEMIC_TEAM';
  return { ...common, channel: 'CONSOLE', reporterRole, reporterName: identity.fullName, reporterEmail: identity.email };
}
