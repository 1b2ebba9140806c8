import { CommunesWithoutConventionDocument, type YearScope } from '../../graphql/generated/graphql';
import type { ListQuery } from '../../dataProvider/listQuery';
import { operation, type ResourceApi } from '../../dataProvider/resourceApi';
import { required, text, type Values } from '../../dataProvider/values';

/** A funnel's scope from a filter: a school year, and optionally an académie. */
export const yearScope = (filter: Values): YearScope => ({
  schoolYear: required(text(filter.schoolYear), 'schoolYear'),
  academyCode: text(filter.academyCode),
  departmentCode: text(filter.departmentCode),
});

/** A commune that pays for open public schools and has no convention for the year (id = INSEE code). */
export interface CommuneWithoutConventionRecord {
  id: string;
  inseeCode: string;
  name: string;
  departmentName: string;
  openSchools: number;
}

/** The list of communes without a convention, under the funnel (filter: the funnel's scope). */
export const communesWithoutConventionApi: ResourceApi<CommuneWithoutConventionRecord> = {
  getList: operation(
    CommunesWithoutConventionDocument,
    (query: ListQuery) => ({ offset: query.offset, limit: query.limit, scope: yearScope(query.filter) }),
    ({ communesWithoutConvention: page }) => ({
      data: page.nodes.map(({ commune, openSchools }) => ({
        id: commune.inseeCode,
        inseeCode: commune.inseeCode,
        name: commune.name,
        departmentName: commune.department.name,
        openSchools,
      })),
      total: page.totalCount,
    }),
  ),
};
