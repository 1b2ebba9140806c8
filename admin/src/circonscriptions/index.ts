import CirconscriptionIcon from '@mui/icons-material/Map';
import { lazy } from 'react';
import type { CirconscriptionRecord } from './circonscriptions.api';

/** Read only until the API can create and edit circonscriptions. */
export default {
  list: lazy(() => import('./CirconscriptionList')),
  show: lazy(() => import('./CirconscriptionShow')),
  icon: CirconscriptionIcon,
  recordRepresentation: (circonscription: CirconscriptionRecord) => circonscription.name,
};
