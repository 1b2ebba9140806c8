import BreachIcon from '@mui/icons-material/GppMaybe';
import { lazy } from 'react';
import type { DataBreachRecord } from './data-breaches.api';

/** The personal-data breach register (GDPR Art. 33–34): the DPO and administrators (see auth/access.ts). */
export default {
  list: lazy(() => import('./DataBreachList')),
  show: lazy(() => import('./DataBreachShow')),
  create: lazy(() => import('./DataBreachCreate')),
  icon: BreachIcon,
  recordRepresentation: (breach: DataBreachRecord) => breach.title,
};
