import { Typography } from '@mui/material';
import { useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../auth/permissions';
import { GrantList } from '../grants/GrantList';

/** « Bonjour, Élodie… », and the grants the user works with. */
export const Welcome = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  return (
    <section>
      <Typography variant="h5" component="h2" gutterBottom>
        {translate('ent.dashboard.welcome', { name: identity?.fullName ?? '' })}
      </Typography>
      <Typography variant="body2" component="p" sx={{ mb: 0.5 }}>
        {translate('ent.dashboard.yourGrants')}
      </Typography>
      {permissions && <GrantList grants={permissions.grants} />}
    </section>
  );
};
