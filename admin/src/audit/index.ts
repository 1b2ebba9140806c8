import AuditIcon from '@mui/icons-material/History';
import { lazy } from 'react';

/** The audit trail: a list only, for ADMIN and DPO (see auth/access.ts). */
export default {
  list: lazy(() => import('./AuditList')),
  icon: AuditIcon,
};
