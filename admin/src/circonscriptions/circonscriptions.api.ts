import {
  CirconscriptionDocument,
  CirconscriptionsDocument,
  type CirconscriptionDetailsFragment,
  type CirconscriptionFilter,
  type CirconscriptionOrderField,
} from '../graphql/generated/graphql';
import { listResult, listVariables, type ListQuery } from '../dataProvider/listQuery';
import { manyThroughList, operation, type ResourceApi } from '../dataProvider/resourceApi';
import { text, texts, type Values } from '../dataProvider/values';

/** The API's circonscription already has an `id`. */
export type CirconscriptionRecord = CirconscriptionDetailsFragment;

const SORT_FIELDS: Partial<Record<string, CirconscriptionOrderField>> = {
  name: 'NAME',
  code: 'CODE',
  departmentCode: 'DEPARTMENT_CODE',
};

const circonscriptionFilter = (filter: Values): CirconscriptionFilter => ({
  q: text(filter.q),
  departmentCode: text(filter.departmentCode),
  academyCode: text(filter.academyCode),
  ids: texts(filter.ids),
});

const getCirconscriptions = operation(
  CirconscriptionsDocument,
  (query: ListQuery) => listVariables(query, SORT_FIELDS, circonscriptionFilter),
  ({ circonscriptions }) => listResult(circonscriptions, (circonscription) => circonscription),
);

export const circonscriptionsApi: ResourceApi<CirconscriptionRecord> = {
  getList: getCirconscriptions,
  getMany: manyThroughList(getCirconscriptions, 'ids'),
  getOne: operation(CirconscriptionDocument, (id) => ({ id: String(id) }), ({ circonscription }) => circonscription),
};
