import { AcademiesDocument, DepartmentsDocument, RegionsDocument, type AcademyOrderField, type DepartmentOrderField } from '../graphql/generated/graphql';
import { listResult, listVariables, type ListQuery } from '../dataProvider/listQuery';
import { operation, type ResourceApi } from '../dataProvider/resourceApi';
import { flag, text } from '../dataProvider/values';

/** A région, a département or an académie as react-admin holds it: id = its official code. */
export interface TerritoryRecord {
  id: string;
  code: string;
  name: string;
}

const toTerritoryRecord = (node: { code: string; name: string }): TerritoryRecord => ({ ...node, id: node.code });

const DEPARTMENT_SORT: Partial<Record<string, DepartmentOrderField>> = { id: 'CODE', code: 'CODE', name: 'NAME' };
const ACADEMY_SORT: Partial<Record<string, AcademyOrderField>> = { id: 'CODE', code: 'CODE', name: 'NAME' };

/** List-only resources: they feed the département and académie filters. */
export const departmentsApi: ResourceApi<TerritoryRecord> = {
  getList: operation(
    DepartmentsDocument,
    (query: ListQuery) => listVariables(query, DEPARTMENT_SORT, (filter) => ({ served: flag(filter.served), academyCode: text(filter.academyCode) })),
    ({ departments }) => listResult(departments, toTerritoryRecord),
  ),
};

export const academiesApi: ResourceApi<TerritoryRecord> = {
  getList: operation(
    AcademiesDocument,
    (query: ListQuery) => listVariables(query, ACADEMY_SORT, (filter) => ({ served: flag(filter.served) })),
    ({ academies }) => listResult(academies, toTerritoryRecord),
  ),
};

/** The régions académiques of the académies (several académies share one), by INSEE région code. */
export const regionsApi: ResourceApi<TerritoryRecord> = {
  getList: operation(
    RegionsDocument,
    (query: ListQuery) => ({ filter: { served: flag(query.filter.served) } }),
    ({ academies }) => {
      const regions = new Map(academies.nodes.map(({ regionCode, regionName }) => [regionCode, toTerritoryRecord({ code: regionCode, name: regionName })]));
      return { data: [...regions.values()], total: regions.size };
    },
  ),
};
