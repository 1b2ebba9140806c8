import {
  CreateSchoolDocument,
  SchoolDocument,
  SchoolsDocument,
  UpdateSchoolDocument,
  type CreateSchoolInput,
  type SchoolDetailsFragment,
  type SchoolFilter,
  type SchoolOrderField,
  type UpdateSchoolInput,
} from '../graphql/generated/graphql';
import { listResult, listVariables, type ListQuery } from '../dataProvider/listQuery';
import { manyThroughList, operation, type ResourceApi, type UpdateQuery } from '../dataProvider/resourceApi';
import { integer, oneOf, required, text, texts, type Values } from '../dataProvider/values';
import { SCHOOL_KINDS, SCHOOL_SECTORS, SCHOOL_STATUSES } from './schoolEnums';

/** A school as react-admin holds it: id = UAI; the relations' keys flattened for the form's inputs. */
export type SchoolRecord = SchoolDetailsFragment & { id: string; communeInseeCode: string; circonscriptionId: string | null };

const toSchoolRecord = (school: SchoolDetailsFragment): SchoolRecord => ({
  ...school,
  id: school.uai,
  communeInseeCode: school.commune.inseeCode,
  circonscriptionId: school.circonscription?.id ?? null,
});

const SORT_FIELDS: Partial<Record<string, SchoolOrderField>> = {
  id: 'UAI',
  uai: 'UAI',
  name: 'NAME',
  communeInseeCode: 'COMMUNE_INSEE_CODE',
  departmentCode: 'DEPARTMENT_CODE',
  kind: 'KIND',
  status: 'STATUS',
  updatedAt: 'UPDATED_AT',
};

const schoolFilter = (filter: Values): SchoolFilter => ({
  q: text(filter.q),
  communeInseeCode: text(filter.communeInseeCode),
  circonscriptionId: text(filter.circonscriptionId),
  departmentCode: text(filter.departmentCode),
  academyCode: text(filter.academyCode),
  kind: oneOf(SCHOOL_KINDS, filter.kind),
  sector: oneOf(SCHOOL_SECTORS, filter.sector),
  status: oneOf(SCHOOL_STATUSES, filter.status),
  uais: texts(filter.uais),
});

/** The optional fields; `blank` is what an emptied input means: nothing on creation, null (clear) on update. */
const optionalFields = (data: Values, blank: null | undefined) => ({
  circonscriptionId: text(data.circonscriptionId) ?? blank,
  address: text(data.address) ?? blank,
  postalCode: text(data.postalCode) ?? blank,
  email: text(data.email) ?? blank,
  phone: text(data.phone) ?? blank,
  directorName: text(data.directorName) ?? blank,
  directorEmail: text(data.directorEmail) ?? blank,
});

const createInput = (data: Values): CreateSchoolInput => ({
  uai: required(text(data.uai), 'uai'),
  name: required(text(data.name), 'name'),
  kind: required(oneOf(SCHOOL_KINDS, data.kind), 'kind'),
  sector: oneOf(SCHOOL_SECTORS, data.sector),
  communeInseeCode: required(text(data.communeInseeCode), 'communeInseeCode'),
  ...optionalFields(data, undefined),
});

/** Every editable field is sent: the version makes the server refuse it if the school changed meanwhile. */
const updateInput = ({ data, previousData }: UpdateQuery): UpdateSchoolInput => ({
  version: required(integer(previousData.version), 'version'),
  name: text(data.name) ?? null,
  kind: oneOf(SCHOOL_KINDS, data.kind),
  sector: oneOf(SCHOOL_SECTORS, data.sector),
  communeInseeCode: text(data.communeInseeCode) ?? null,
  ...optionalFields(data, null),
});

const getSchools = operation(
  SchoolsDocument,
  (query: ListQuery) => listVariables(query, SORT_FIELDS, schoolFilter),
  ({ schools }) => listResult(schools, toSchoolRecord),
);

export const schoolsApi: ResourceApi<SchoolRecord> = {
  getList: getSchools,
  getMany: manyThroughList(getSchools, 'uais'),
  getOne: operation(SchoolDocument, (uai) => ({ uai: String(uai) }), ({ school }) => school && toSchoolRecord(school)),
  create: operation(CreateSchoolDocument, (data) => ({ input: createInput(data) }), ({ createSchool }) => toSchoolRecord(createSchool)),
  update: operation(
    UpdateSchoolDocument,
    (query) => ({ uai: String(query.id), input: updateInput(query) }),
    ({ updateSchool }) => toSchoolRecord(updateSchool),
  ),
};
