import { useGetManyAggregate, useTranslate } from 'react-admin';
import type { CirconscriptionRecord } from '../circonscriptions/circonscriptions.api';
import type { Grant } from '../auth/permissions';
import { ofName } from '../format/frenchFormats';
import { useServedTerritories } from '../territory/useServedTerritories';
import { TERRITORY_OF_LEVEL } from './grantEnums';

/**
 * A grant's scope in words: « circonscription Pic Saint-Loup (démo) », « Région académique Occitanie ».
 * The API gives codes only; the names come from the reference lists, which every scope on a page shares
 * (circonscriptions are batched into one request), and the code stands in until they arrive.
 */
export function useScopeLabel({ scopeLevel, scopeCode }: Pick<Grant, 'scopeLevel' | 'scopeCode'>): string {
  const translate = useTranslate();
  const isCirconscription = scopeLevel === 'CIRCONSCRIPTION';
  const territories = useServedTerritories(isCirconscription ? 'regions' : TERRITORY_OF_LEVEL[scopeLevel], { enabled: !isCirconscription });
  const circonscriptions = useGetManyAggregate<CirconscriptionRecord>('circonscriptions', { ids: [scopeCode] }, { enabled: isCirconscription });
  const name = isCirconscription ? circonscriptions.data?.[0]?.name : territories.data?.find((territory) => territory.id === scopeCode)?.name;
  return name === undefined
    ? translate(`ent.grants.unnamedScopes.${scopeLevel}`, { code: scopeCode })
    : translate(`ent.grants.scopes.${scopeLevel}`, { name, ofName: ofName(name), code: scopeCode });
}
