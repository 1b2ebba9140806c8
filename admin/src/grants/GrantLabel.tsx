import { useTranslate } from 'react-admin';
import type { Grant } from '../auth/permissions';
import { useScopeLabel } from './useScopeLabel';

/** « ERUN — circonscription Pic Saint-Loup (démo) ». */
export const GrantLabel = ({ grant }: { grant: Grant }) => {
  const translate = useTranslate();
  const scope = useScopeLabel(grant);
  return <>{`${translate(`ent.grants.roles.${grant.role}`)} — ${scope}`}</>;
};
