import PaymentIcon from '@mui/icons-material/Euro';
import { lazy } from 'react';

/** Revenue orders and payments of the signed conventions: a list (orders are issued from a convention's page). */
export default {
  list: lazy(() => import('./PaymentList')),
  icon: PaymentIcon,
};
