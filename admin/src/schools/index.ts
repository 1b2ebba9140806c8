import SchoolIcon from '@mui/icons-material/School';
import { lazy } from 'react';
import type { SchoolRecord } from './schools.api';

/** Each view is its own chunk, fetched the first time it is shown. */
export default {
  list: lazy(() => import('./SchoolList')),
  show: lazy(() => import('./SchoolShow')),
  edit: lazy(() => import('./SchoolEdit')),
  create: lazy(() => import('./SchoolCreate')),
  icon: SchoolIcon,
  recordRepresentation: (school: SchoolRecord) => `${school.name} (${school.uai})`,
};
