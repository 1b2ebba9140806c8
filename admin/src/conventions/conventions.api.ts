import {
  ConventionDocument,
  ConventionsDocument,
  CreateConventionDocument,
  type ConventionDetailsFragment,
  type ConventionFilter,
  type ConventionOrderField,
  type ConventionSummaryFragment,
} from '../graphql/generated/graphql';
import { listResult, listVariables, type ListQuery } from '../dataProvider/listQuery';
import { operation, type ResourceApi } from '../dataProvider/resourceApi';
import { oneOf, required, text, texts, type Values } from '../dataProvider/values';
import { CONVENTION_STATUSES } from './conventionEnums';

/**
 * A convention as react-admin holds it: the list reads the summary, the page the details (a superset).
 * `communeInseeCode` is flattened for the list's commune filter and sort.
 */
export type ConventionRecord = ConventionSummaryFragment & { communeInseeCode: string };
export type ConventionDetailsRecord = ConventionDetailsFragment & { communeInseeCode: string };

const withCommuneCode = <T extends ConventionSummaryFragment>(convention: T): T & { communeInseeCode: string } => ({
  ...convention,
  communeInseeCode: convention.commune.inseeCode,
});

const SORT_FIELDS: Partial<Record<string, ConventionOrderField>> = {
  'commune.name': 'COMMUNE_NAME',
  communeInseeCode: 'COMMUNE_INSEE_CODE',
  departmentCode: 'DEPARTMENT_CODE',
  schoolYear: 'SCHOOL_YEAR',
  status: 'STATUS',
  amountCents: 'AMOUNT',
  updatedAt: 'UPDATED_AT',
};

export const conventionFilter = (filter: Values): ConventionFilter => ({
  schoolYear: text(filter.schoolYear),
  status: oneOf(CONVENTION_STATUSES, filter.status),
  communeInseeCode: text(filter.communeInseeCode),
  academyCode: text(filter.academyCode),
  departmentCode: text(filter.departmentCode),
});

export const conventionsApi: ResourceApi<ConventionRecord> = {
  getList: operation(
    ConventionsDocument,
    (query: ListQuery) => listVariables(query, SORT_FIELDS, conventionFilter),
    ({ conventions }) => listResult(conventions, withCommuneCode),
  ),
  getOne: operation(ConventionDocument, (id) => ({ id: String(id) }), ({ convention }) => convention && withCommuneCode(convention)),
  create: operation(
    CreateConventionDocument,
    (data) => ({
      input: {
        communeInseeCode: required(text(data.communeInseeCode), 'communeInseeCode'),
        schoolYear: required(text(data.schoolYear), 'schoolYear'),
        schoolUais: texts(data.schoolUais) ?? [],
      },
    }),
    ({ createConvention }) => withCommuneCode(createConvention),
  ),
};
