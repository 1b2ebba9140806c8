import ConventionIcon from '@mui/icons-material/Handshake';
import { lazy } from 'react';
import type { ConventionRecord } from './conventions.api';

/** Conventions with the communes: the academic team's and administrators' (see auth/access.ts). */
export default {
  list: lazy(() => import('./ConventionList')),
  show: lazy(() => import('./ConventionShow')),
  create: lazy(() => import('./ConventionCreate')),
  icon: ConventionIcon,
  recordRepresentation: (convention: ConventionRecord) => `${convention.commune.name} ${convention.schoolYear}`,
};
