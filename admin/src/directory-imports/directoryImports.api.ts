import {
  DirectoryImportDocument,
  DirectoryImportItemsDocument,
  DirectoryImportsDocument,
  type DirectoryImportDetailsFragment,
  type DirectoryImportFilter,
  type DirectoryImportItemsQuery,
  type DirectoryImportOrderField,
} from '../graphql/generated/graphql';
import { listResult, listVariables, type ListQuery } from '../dataProvider/listQuery';
import { operation, type ResourceApi } from '../dataProvider/resourceApi';
import { oneOf, required, text, type Values } from '../dataProvider/values';
import { IMPORT_KINDS, IMPORT_OUTCOMES, IMPORT_STATUSES } from './importEnums';

/** The API's run already has an `id`. */
export type DirectoryImportRecord = DirectoryImportDetailsFragment;

/** A line of a run's report. */
export type ImportItemRecord = NonNullable<DirectoryImportItemsQuery['directoryImport']>['items']['nodes'][number];

const SORT_FIELDS: Partial<Record<string, DirectoryImportOrderField>> = { createdAt: 'CREATED_AT' };

const importFilter = (filter: Values): DirectoryImportFilter => ({
  kind: oneOf(IMPORT_KINDS, filter.kind),
  status: oneOf(IMPORT_STATUSES, filter.status),
});

/** The runs: started by the create page, followed by the show page (docs/decisions/0011). */
export const directoryImportsApi: ResourceApi<DirectoryImportRecord> = {
  getList: operation(
    DirectoryImportsDocument,
    (query: ListQuery) => listVariables(query, SORT_FIELDS, importFilter),
    ({ directoryImports }) => listResult(directoryImports, (run) => run),
  ),
  getOne: operation(DirectoryImportDocument, (id) => ({ id: String(id) }), ({ directoryImport }) => directoryImport),
};

/**
 * A run's report lines, as a resource of their own so that the run's page lists them with react-admin's
 * pagination and filters: the list is always filtered on its run (`runId`), and on one outcome or none.
 */
export const directoryImportItemsApi: ResourceApi<ImportItemRecord> = {
  getList: operation(
    DirectoryImportItemsDocument,
    ({ offset, limit, filter }: ListQuery) => {
      const outcome = oneOf(IMPORT_OUTCOMES, filter.outcome);
      return { id: required(text(filter.runId), 'runId'), outcomes: outcome && [outcome], offset, limit };
    },
    ({ directoryImport }) => (directoryImport ? listResult(directoryImport.items, (item) => item) : { data: [], total: 0 }),
  ),
};
