import UserIcon from '@mui/icons-material/ManageAccounts';
import { lazy } from 'react';
import type { UserRecord } from './users.api';

/** Accounts and their grants: administrators only (see auth/access.ts). */
export default {
  list: lazy(() => import('./UserList')),
  show: lazy(() => import('./UserShow')),
  edit: lazy(() => import('./UserEdit')),
  create: lazy(() => import('./UserCreate')),
  icon: UserIcon,
  recordRepresentation: (user: UserRecord) => `${user.displayName} (${user.email})`,
};
