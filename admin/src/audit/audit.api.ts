import { AuditEntriesDocument, type AuditEntryDetailsFragment, type AuditEntryFilter, type AuditEntryOrderField } from '../graphql/generated/graphql';
import { listResult, listVariables, type ListQuery } from '../dataProvider/listQuery';
import { operation, type ResourceApi } from '../dataProvider/resourceApi';
import { text, type Values } from '../dataProvider/values';
import { parisDayStart } from '../format/parisDays';

/** The API's audit entry already has an `id`. */
export type AuditEntryRecord = AuditEntryDetailsFragment;

const SORT_FIELDS: Partial<Record<string, AuditEntryOrderField>> = { at: 'AT' };

/** The date inputs give Paris days; "to" includes its whole day (the API's `to` is exclusive). */
const auditFilter = (filter: Values): AuditEntryFilter => ({
  targetType: text(filter.targetType),
  targetId: text(filter.targetId),
  actorUserId: text(filter.actorUserId),
  operation: text(filter.operation),
  from: parisDayStart(text(filter.from)),
  to: parisDayStart(text(filter.to), 1),
});

/** Read only: the trail is written by the server, in the transaction of each change. */
export const auditApi: ResourceApi<AuditEntryRecord> = {
  getList: operation(
    AuditEntriesDocument,
    (query: ListQuery) => listVariables(query, SORT_FIELDS, auditFilter),
    ({ auditEntries }) => listResult(auditEntries, (entry) => entry),
  ),
};
