import ContactIcon from '@mui/icons-material/ContactMail';
import { lazy } from 'react';
import type { CommuneContactRecord } from './communeContacts.api';

/** A commune's contact for its conventions (id = INSEE code), reached from its conventions: no list. */
export default {
  show: lazy(() => import('./CommuneContactShow')),
  edit: lazy(() => import('./CommuneContactEdit')),
  icon: ContactIcon,
  recordRepresentation: (contact: CommuneContactRecord) => contact.commune.name,
};
