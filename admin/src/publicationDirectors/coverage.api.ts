import {
  PublicationCoverageDocument,
  PublicationCoverageSummaryDocument,
  type PublicationCoverageQuery,
  type PublicationCoverageSummaryQuery,
} from '../graphql/generated/graphql';
import { inMemoryPage, type SortValues } from '../dataProvider/inMemoryPage';
import type { ListQuery } from '../dataProvider/listQuery';
import { operation, type ResourceApi } from '../dataProvider/resourceApi';
import { flag, text } from '../dataProvider/values';

type SummaryRow = PublicationCoverageSummaryQuery['publicationCoverageSummary'][number];
type Coverage = PublicationCoverageQuery['publicationCoverage'];

/** Both the summary and the detail count these; the covered figures are what the table shows beside them. */
const withCoveredCounts = <T extends SummaryRow>(row: T) => ({
  ...row,
  id: row.circonscription.id,
  coveredSchoolCount: row.schoolCount - row.uncoveredSchoolCount,
  coveredCommuneCount: row.communeCount - row.uncoveredCommuneCount,
});

/** A circonscription's coverage, as the home table and the list show it: id = the circonscription's id. */
export type CoverageSummaryRecord = ReturnType<typeof withCoveredCounts<SummaryRow>>;

/** The detail of one circonscription: its lists to work on, each row with the id of its school or commune. */
export const toCoverageRecord = (coverage: Coverage) => ({
  ...withCoveredCounts(coverage),
  uncoveredSchools: coverage.uncoveredSchools.map((school) => ({ ...school, id: school.uai })),
  uncoveredCommunes: coverage.uncoveredCommunes.map((commune) => ({ ...commune, id: commune.inseeCode })),
  mismatchedSchools: coverage.mismatchedSchools.map((school) => ({ ...school, id: school.uai })),
});

export type CoverageRecord = ReturnType<typeof toCoverageRecord>;

/** Something to do: a school or a commune space without a publication director today. */
export const isIncomplete = (coverage: CoverageSummaryRecord): boolean => coverage.uncoveredSchoolCount > 0 || coverage.uncoveredCommuneCount > 0;

const SORT_VALUES: SortValues<CoverageSummaryRecord> = {
  name: (coverage) => coverage.circonscription.name,
  departmentCode: (coverage) => coverage.circonscription.department.code,
  schoolCount: (coverage) => coverage.schoolCount,
  coveredSchoolCount: (coverage) => coverage.coveredSchoolCount,
  uncoveredSchoolCount: (coverage) => coverage.uncoveredSchoolCount,
  mismatchedSchoolCount: (coverage) => coverage.mismatchedSchoolCount,
  coveredCommuneCount: (coverage) => coverage.coveredCommuneCount,
  uncoveredCommuneCount: (coverage) => coverage.uncoveredCommuneCount,
};

const getSummary = operation(
  PublicationCoverageSummaryDocument,
  (departmentCode: string | undefined) => ({ departmentCode: departmentCode ?? null }),
  ({ publicationCoverageSummary }) => publicationCoverageSummary.map(withCoveredCounts),
);

/**
 * The API answers every circonscription of the user's perimeter at once (a department's at most): the
 * department filter runs on the server, `incomplete` (the home tile's figure), the sort and the pages here.
 */
async function getList({ filter, ...page }: ListQuery) {
  const rows = await getSummary(text(filter.departmentCode));
  return inMemoryPage(flag(filter.incomplete) ? rows.filter(isIncomplete) : rows, page, SORT_VALUES);
}

/** Read only: assignments go through the commands (publicationDirectors.commands.ts). */
export const publicationCoverageApi: ResourceApi<CoverageSummaryRecord | CoverageRecord> = {
  getList,
  getOne: operation(PublicationCoverageDocument, (id) => ({ circonscriptionId: String(id) }), ({ publicationCoverage }) => toCoverageRecord(publicationCoverage)),
};
