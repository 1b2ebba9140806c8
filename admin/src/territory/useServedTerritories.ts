import { useGetList } from 'react-admin';
import type { TerritoryRecord } from './territory.api';

export type TerritoryReference = 'regions' | 'academies' | 'departments';

/**
 * The served régions, académies or départements (Occitanie), one page of them. Every caller asks with the
 * same parameters, so filters, grant editors and grant labels share one request per kind.
 */
export const useServedTerritories = (reference: TerritoryReference, { enabled = true } = {}) =>
  useGetList<TerritoryRecord>(reference, { pagination: { page: 1, perPage: 500 }, sort: { field: 'code', order: 'ASC' }, filter: { served: true } }, { enabled });
