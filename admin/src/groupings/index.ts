import GroupingIcon from '@mui/icons-material/Diversity3';
import { lazy } from 'react';
import type { GroupingRecord } from './groupings.api';

/** Groupings of communes (RPI) and who pays for which school. */
export default {
  list: lazy(() => import('./GroupingList')),
  edit: lazy(() => import('./GroupingEdit')),
  create: lazy(() => import('./GroupingCreate')),
  icon: GroupingIcon,
  recordRepresentation: (grouping: GroupingRecord) => grouping.name,
};
