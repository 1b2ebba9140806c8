import OutboxIcon from '@mui/icons-material/Outbox';
import { lazy } from 'react';

/** The mail outbox: a list only, for administrators (see auth/access.ts). */
export default {
  list: lazy(() => import('./NotificationList')),
  icon: OutboxIcon,
};
