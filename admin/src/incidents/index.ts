import IncidentIcon from '@mui/icons-material/SupportAgent';
import { lazy } from 'react';
import type { IncidentRow } from './incidents.api';

/** Incidents and requests for assistance (docs/decisions/0010); who sees what: auth/access.ts. */
export default {
  list: lazy(() => import('./IncidentList')),
  show: lazy(() => import('./IncidentShow')),
  create: lazy(() => import('./IncidentCreate')),
  icon: IncidentIcon,
  recordRepresentation: (incident: IncidentRow) => `${incident.reference} — ${incident.title}`,
};
