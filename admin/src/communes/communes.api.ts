import { CommuneDocument, CommunesDocument, type CommuneDetailsFragment, type CommuneFilter, type CommuneOrderField } from '../graphql/generated/graphql';
import { listResult, listVariables, type ListQuery } from '../dataProvider/listQuery';
import { manyThroughList, operation, type ResourceApi } from '../dataProvider/resourceApi';
import { text, texts, type Values } from '../dataProvider/values';

/** A commune as react-admin holds it: id = INSEE code. */
export type CommuneRecord = CommuneDetailsFragment & { id: string };

const toCommuneRecord = (commune: CommuneDetailsFragment): CommuneRecord => ({ ...commune, id: commune.inseeCode });

const SORT_FIELDS: Partial<Record<string, CommuneOrderField>> = {
  id: 'INSEE_CODE',
  inseeCode: 'INSEE_CODE',
  name: 'NAME',
  population: 'POPULATION',
  departmentCode: 'DEPARTMENT_CODE',
};

const communeFilter = (filter: Values): CommuneFilter => ({
  q: text(filter.q),
  departmentCode: text(filter.departmentCode),
  academyCode: text(filter.academyCode),
  inseeCodes: texts(filter.inseeCodes),
});

const getCommunes = operation(
  CommunesDocument,
  (query: ListQuery) => listVariables(query, SORT_FIELDS, communeFilter),
  ({ communes }) => listResult(communes, toCommuneRecord),
);

export const communesApi: ResourceApi<CommuneRecord> = {
  getList: getCommunes,
  getMany: manyThroughList(getCommunes, 'inseeCodes'),
  getOne: operation(CommuneDocument, (inseeCode) => ({ inseeCode: String(inseeCode) }), ({ commune }) => commune && toCommuneRecord(commune)),
};
