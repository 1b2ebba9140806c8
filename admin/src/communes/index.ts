import CommuneIcon from '@mui/icons-material/LocationCity';
import { lazy } from 'react';
import type { CommuneRecord } from './communes.api';

/** Communes are reference data: read only. */
export default {
  list: lazy(() => import('./CommuneList')),
  show: lazy(() => import('./CommuneShow')),
  icon: CommuneIcon,
  recordRepresentation: (commune: CommuneRecord) => `${commune.name} (${commune.inseeCode})`,
};
