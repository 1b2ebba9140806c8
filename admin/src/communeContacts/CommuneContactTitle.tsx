import { useRecordContext, useTranslate } from 'react-admin';
import type { CommuneContactRecord } from './communeContacts.api';

/** « Coordonnées de Saint-Mathieu-de-Tréviers ». */
export const CommuneContactTitle = () => {
  const contact = useRecordContext<CommuneContactRecord>();
  const translate = useTranslate();
  return <>{contact ? translate('resources.communeContacts.title', { commune: contact.commune.name }) : ''}</>;
};
