import {
  DataBreachDocument,
  DataBreachesDocument,
  OpenBreachDocument,
  type DataBreachDetailsFragment,
  type DataBreachFilter,
  type OpenBreachInput,
} from '../graphql/generated/graphql';
import { listResult, type ListQuery } from '../dataProvider/listQuery';
import { operation, type ResourceApi } from '../dataProvider/resourceApi';
import { flag, integer, oneOf, required, text, type Values } from '../dataProvider/values';
import { BREACH_RISKS } from './breachEnums';

/** The API's breach already has an `id`. */
export type DataBreachRecord = DataBreachDetailsFragment;

const breachFilter = (filter: Values): DataBreachFilter => ({
  awaitingNotification: flag(filter.awaitingNotification),
  risk: oneOf(BREACH_RISKS, filter.risk),
  incidentId: text(filter.incidentId),
});

/** An instant of a date-time input (a `Date`, or the text the input holds), as the API's ISO instant. */
export function instant(value: unknown): string | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' && value.trim() ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

/** The texts the API defaults ("À préciser"…) stay unset when left empty: the server fills them in. */
const openInput = (data: Values): OpenBreachInput => ({
  title: required(text(data.title), 'title'),
  nature: required(text(data.nature), 'nature'),
  awareAt: required(instant(data.awareAt), 'awareAt'),
  risk: oneOf(BREACH_RISKS, data.risk),
  incidentId: text(data.incidentId),
  peopleCategories: text(data.peopleCategories),
  approximatePeople: integer(data.approximatePeople),
  recordCategories: text(data.recordCategories),
  approximateRecords: integer(data.approximateRecords),
  consequences: text(data.consequences),
  measures: text(data.measures),
});

/** The breach register, most recent first (the API's only order). */
export const dataBreachesApi: ResourceApi<DataBreachRecord> = {
  getList: operation(
    DataBreachesDocument,
    (query: ListQuery) => ({ offset: query.offset, limit: query.limit, filter: breachFilter(query.filter) }),
    ({ dataBreaches }) => listResult(dataBreaches, (breach) => breach),
  ),
  getOne: operation(DataBreachDocument, (id) => ({ id: String(id) }), ({ dataBreach }) => dataBreach),
  create: operation(OpenBreachDocument, (data) => ({ input: openInput(data) }), ({ openBreach }) => openBreach),
};
