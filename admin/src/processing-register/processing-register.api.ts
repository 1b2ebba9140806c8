import {
  CreateProcessingActivityDocument,
  ProcessingActivitiesDocument,
  ProcessingActivityDocument,
  UpdateProcessingActivityDocument,
  type ProcessingActivityDetailsFragment,
} from '../graphql/generated/graphql';
import type { ListQuery } from '../dataProvider/listQuery';
import { operation, type ResourceApi, type UpdateQuery } from '../dataProvider/resourceApi';
import { integer, oneOf, required, text, type Values } from '../dataProvider/values';
import { LEGAL_BASES } from './processingEnums';

/** The API's register entry already has an `id`. */
export type ProcessingActivityRecord = ProcessingActivityDetailsFragment;

/** The headings of Art. 30(1) that every entry states; the legal basis detail alone is optional. */
const HEADINGS = ['name', 'controller', 'purposes', 'dataSubjectCategories', 'dataCategories', 'recipients', 'transfers', 'retention', 'securityMeasures'] as const;

const headings = (data: Values) =>
  Object.fromEntries(HEADINGS.map((heading) => [heading, required(text(data[heading]), heading)])) as Record<(typeof HEADINGS)[number], string>;

const readAll = operation(ProcessingActivitiesDocument, (_: void) => ({}), ({ processingActivities }) => processingActivities);

/**
 * The register is read whole (a few dozen entries, by name), then paged here; the API has no filter. Every
 * edit sends every heading with the version read.
 */
export const processingActivitiesApi: ResourceApi<ProcessingActivityRecord> = {
  getList: async (query: ListQuery) => {
    const entries = await readAll();
    return { data: entries.slice(query.offset, query.offset + query.limit), total: entries.length };
  },
  getOne: operation(ProcessingActivityDocument, (id) => ({ id: String(id) }), ({ processingActivity }) => processingActivity),
  create: operation(
    CreateProcessingActivityDocument,
    (data) => ({ input: { ...headings(data), legalBasis: required(oneOf(LEGAL_BASES, data.legalBasis), 'legalBasis'), legalBasisDetail: text(data.legalBasisDetail) } }),
    ({ createProcessingActivity }) => createProcessingActivity,
  ),
  update: operation(
    UpdateProcessingActivityDocument,
    ({ id, data, previousData }: UpdateQuery) => ({
      id: String(id),
      input: {
        ...headings(data),
        legalBasis: oneOf(LEGAL_BASES, data.legalBasis),
        legalBasisDetail: text(data.legalBasisDetail) ?? null,
        version: required(integer(previousData.version), 'version'),
      },
    }),
    ({ updateProcessingActivity }) => updateProcessingActivity,
  ),
};
