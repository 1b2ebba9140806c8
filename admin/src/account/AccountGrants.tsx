import { usePermissions } from 'react-admin';
import type { Permissions } from '../auth/permissions';
import { GrantList } from '../grants/GrantList';
import { PageSection } from '../layout/PageSection';

/** The user's grants in words; only an administrator can change them. */
export const AccountGrants = () => {
  const { permissions } = usePermissions<Permissions>();
  return <PageSection title="ent.account.grants">{permissions && <GrantList grants={permissions.grants} />}</PageSection>;
};
