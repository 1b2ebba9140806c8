import { Box } from '@mui/material';
import { Title } from 'react-admin';
import { AccountGrants } from './AccountGrants';
import { AccountIdentity } from './AccountIdentity';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Every user's own page: who they are for the console, what they may do, and their password. */
const AccountPage = () => (
  <Box sx={{ maxWidth: 760, mt: 2, mb: 4, display: 'grid', gap: 3 }}>
    <Title title="ent.account.title" />
    <AccountIdentity />
    <AccountGrants />
    <ChangePasswordForm />
  </Box>
);

export default AccountPage;
