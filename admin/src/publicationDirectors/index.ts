import CoverageIcon from '@mui/icons-material/AssignmentInd';
import { lazy } from 'react';
import type { CoverageSummaryRecord } from './coverage.api';

/**
 * Publication directors (Article 6): the coverage of each circonscription. Each view is its own chunk; the
 * assignment form and the bulk assignment are routes of their own (routes.tsx).
 */
export default {
  list: lazy(() => import('./CoverageList')),
  show: lazy(() => import('./CoverageShow')),
  icon: CoverageIcon,
  recordRepresentation: (coverage: CoverageSummaryRecord) => coverage.circonscription.name,
};
