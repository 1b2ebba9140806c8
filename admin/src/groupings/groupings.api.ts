import { GroupingDocument, GroupingsDocument, SaveGroupingDocument, type GroupingDetailsFragment, type GroupingInput } from '../graphql/generated/graphql';
import { listResult, type ListQuery } from '../dataProvider/listQuery';
import { operation, type ResourceApi, type UpdateQuery } from '../dataProvider/resourceApi';
import { integer, required, text, texts, type Values } from '../dataProvider/values';

/** A payer row of the form: a school of the grouping and the member commune that pays for it. */
export interface PayerRow {
  schoolUai: string;
  payingCommuneInseeCode: string;
}

/** A grouping (RPI) as react-admin holds it, with its members and payers flattened for the form's inputs. */
export type GroupingRecord = GroupingDetailsFragment & { communeInseeCodes: string[]; payerRows: PayerRow[] };

const toGroupingRecord = (grouping: GroupingDetailsFragment): GroupingRecord => ({
  ...grouping,
  communeInseeCodes: grouping.communes.map((commune) => commune.inseeCode),
  payerRows: grouping.payers.map((payer) => ({ schoolUai: payer.school.uai, payingCommuneInseeCode: payer.payingCommune.inseeCode })),
});

/** The form's values as the API's input; the version read (none for a new grouping) guards against lost updates. */
const groupingInput = (data: Values, version: number | null): GroupingInput => ({
  name: required(text(data.name), 'name'),
  communeInseeCodes: texts(data.communeInseeCodes) ?? [],
  payers: (Array.isArray(data.payerRows) ? (data.payerRows as Values[]) : []).map((row) => ({
    schoolUai: required(text(row.schoolUai), 'payerRows'),
    payingCommuneInseeCode: required(text(row.payingCommuneInseeCode), 'payerRows'),
  })),
  version,
});

const saveGrouping = operation(
  SaveGroupingDocument,
  ({ id, input }: { id: string | null; input: GroupingInput }) => ({ id, input }),
  ({ saveGrouping: saved }) => toGroupingRecord(saved),
);

export const groupingsApi: ResourceApi<GroupingRecord> = {
  getList: operation(
    GroupingsDocument,
    (query: ListQuery) => ({
      offset: query.offset,
      limit: query.limit,
      filter: { departmentCode: text(query.filter.departmentCode), communeInseeCode: text(query.filter.communeInseeCode) },
    }),
    ({ groupings }) => listResult(groupings, toGroupingRecord),
  ),
  getOne: operation(GroupingDocument, (id) => ({ id: String(id) }), ({ grouping }) => grouping && toGroupingRecord(grouping)),
  create: (data) => saveGrouping({ id: null, input: groupingInput(data, null) }),
  update: ({ id, data, previousData }: UpdateQuery) => saveGrouping({ id: String(id), input: groupingInput(data, integer(previousData.version) ?? null) }),
};
