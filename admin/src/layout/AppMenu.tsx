import AccountIcon from '@mui/icons-material/AccountCircle';
import { Menu } from 'react-admin';

/** Home, the resources the user's role may list (`canAccess`), then their own account. */
export const AppMenu = () => (
  <Menu>
    <Menu.DashboardItem primaryText="ent.dashboard.title" />
    <Menu.ResourceItems />
    <Menu.Item to="/account" primaryText="ent.account.title" leftIcon={<AccountIcon />} />
  </Menu>
);
