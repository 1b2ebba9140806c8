import RegisterIcon from '@mui/icons-material/MenuBook';
import { lazy } from 'react';
import type { ProcessingActivityRecord } from './processing-register.api';

/** The register of processing activities (GDPR Art. 30): the DPO and administrators (see auth/access.ts). */
export default {
  list: lazy(() => import('./ProcessingList')),
  show: lazy(() => import('./ProcessingShow')),
  create: lazy(() => import('./ProcessingCreate')),
  edit: lazy(() => import('./ProcessingEdit')),
  icon: RegisterIcon,
  recordRepresentation: (entry: ProcessingActivityRecord) => entry.name,
};
