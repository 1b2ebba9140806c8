import RequestIcon from '@mui/icons-material/AssignmentInd';
import { lazy } from 'react';
import type { DataSubjectRequestRow } from './data-requests.api';

/** Data-subject rights requests: the DPO and administrators (see auth/access.ts). Each view is its own chunk. */
export default {
  list: lazy(() => import('./DataSubjectRequestList')),
  show: lazy(() => import('./DataSubjectRequestShow')),
  create: lazy(() => import('./DataSubjectRequestCreate')),
  icon: RequestIcon,
  recordRepresentation: (request: DataSubjectRequestRow) => request.reference,
};
