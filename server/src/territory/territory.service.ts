import type { RequestContext } from '../context.js';
import { rowLoader } from '../common/loaders.js';
import { listPage } from '../common/list.js';
import { OrderDirection, type Page } from '../common/pagination.js';
import type { Eb } from '../common/sql.js';
import { containsPattern } from '../common/text.js';
import { parseId } from '../common/ids.js';
import {
  AcademyOrderField, CirconscriptionOrderField, CommuneOrderField, DepartmentOrderField,
  type AcademiesArgs, type CirconscriptionsArgs, type CommunesArgs, type DepartmentsArgs,
} from './territory.inputs.js';
import {
  academyColumns, academyView, circonscriptionColumns, circonscriptionView, communeColumns, communeView, departmentColumns, departmentView,
  type AcademyView, type CirconscriptionView, type CommuneView, type DepartmentView,
} from './territory.views.js';

/** What the caller will read of a page: lets the service skip the count or the rows. */
export interface PageWants {
  nodes: boolean;
  count: boolean;
}

const ASC = OrderDirection.ASC;

/** `… in (départements of the served académies)`. */
const servedDepartments = (eb: Eb) =>
  eb.selectFrom('department as sd').innerJoin('academy as sa', 'sa.code', 'sd.academy_code').select('sd.code').where('sa.served', '=', true);

/** `… in (départements of that académie)`: filters by académie without joining, so counts stay cheap. */
export const departmentsOfAcademy = (academyCode: string) => (eb: Eb) =>
  eb.selectFrom('department').select('code').where('academy_code', '=', academyCode);

export function listAcademies(ctx: RequestContext, args: AcademiesArgs, wants: PageWants): Promise<Page<AcademyView>> {
  const served = args.filter?.served;
  return listPage(ctx.em, {
    from: 'academy as a',
    key: 'a.code',
    where: (q) => (served == null ? q : q.where('a.served', '=', served)),
    orderColumns: { [AcademyOrderField.CODE]: 'a.code', [AcademyOrderField.NAME]: 'a.name' },
    orderBy: args.orderBy,
    defaultOrder: [{ field: AcademyOrderField.CODE, direction: ASC }],
    select: (q) => q.select(academyColumns('a')),
    toView: academyView,
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}

export function listDepartments(ctx: RequestContext, args: DepartmentsArgs, wants: PageWants): Promise<Page<DepartmentView>> {
  const { academyCode, served } = args.filter ?? {};
  return listPage(ctx.em, {
    from: 'department as d',
    key: 'd.code',
    where: (q) => {
      if (academyCode) q = q.where('d.academy_code', '=', academyCode);
      if (served != null) q = q.where('d.code', served ? 'in' : 'not in', servedDepartments);
      return q;
    },
    orderColumns: { [DepartmentOrderField.CODE]: 'd.code', [DepartmentOrderField.NAME]: 'd.name' },
    orderBy: args.orderBy,
    defaultOrder: [{ field: DepartmentOrderField.CODE, direction: ASC }],
    select: (q) => q.select(departmentColumns('d')),
    toView: (row) => departmentView(row),
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}

export function listCommunes(ctx: RequestContext, args: CommunesArgs, wants: PageWants): Promise<Page<CommuneView>> {
  const { q: text, departmentCode, academyCode, inseeCodes, served } = args.filter ?? {};
  return listPage(ctx.em, {
    from: 'commune as c',
    key: 'c.insee_code',
    where: (q) => {
      if (text) q = q.where('c.search_name', 'like', containsPattern(text));
      if (departmentCode) q = q.where('c.department_code', '=', departmentCode);
      if (academyCode) q = q.where('c.department_code', 'in', departmentsOfAcademy(academyCode));
      if (inseeCodes) q = q.where('c.insee_code', 'in', inseeCodes.length ? inseeCodes.map((code) => code.trim().toUpperCase()) : ['']);
      if (served != null) q = q.where('c.department_code', served ? 'in' : 'not in', servedDepartments);
      return q;
    },
    orderColumns: {
      [CommuneOrderField.NAME]: 'c.search_name',
      [CommuneOrderField.INSEE_CODE]: 'c.insee_code',
      [CommuneOrderField.POPULATION]: 'c.population',
      [CommuneOrderField.DEPARTMENT_CODE]: 'c.department_code',
    },
    orderBy: args.orderBy,
    defaultOrder: [{ field: CommuneOrderField.NAME, direction: ASC }],
    select: (q) => q.select(communeColumns('c')),
    toView: (row) => communeView(row),
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}

export function listCirconscriptions(ctx: RequestContext, args: CirconscriptionsArgs, wants: PageWants): Promise<Page<CirconscriptionView>> {
  const { q: text, departmentCode, academyCode, ids } = args.filter ?? {};
  return listPage(ctx.em, {
    from: 'circonscription as ci',
    key: 'ci.id',
    where: (q) => {
      if (text) q = q.where('ci.search_name', 'like', containsPattern(text));
      if (departmentCode) q = q.where('ci.department_code', '=', departmentCode);
      if (academyCode) q = q.where('ci.department_code', 'in', departmentsOfAcademy(academyCode));
      if (ids) q = q.where('ci.id', 'in', ids.length ? ids.map((id) => parseId(id, 'ids')) : [-1]);
      return q;
    },
    orderColumns: {
      [CirconscriptionOrderField.NAME]: 'ci.search_name',
      [CirconscriptionOrderField.CODE]: 'ci.code',
      [CirconscriptionOrderField.DEPARTMENT_CODE]: 'ci.department_code',
    },
    orderBy: args.orderBy,
    defaultOrder: [{ field: CirconscriptionOrderField.NAME, direction: ASC }],
    select: (q) => q.select(circonscriptionColumns('ci')),
    toView: (row) => circonscriptionView(row),
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}

export const academyByCode = rowLoader<string, AcademyView>({ from: 'academy as a', key: 'a.code', columns: academyColumns('a'), toView: academyView, keyOf: (a) => a.code });

export const departmentByCode = rowLoader<string, DepartmentView>({ from: 'department as d', key: 'd.code', columns: departmentColumns('d'), toView: (row) => departmentView(row), keyOf: (d) => d.code });

export const communeByCode = rowLoader<string, CommuneView>({ from: 'commune as c', key: 'c.insee_code', columns: communeColumns('c'), toView: (row) => communeView(row), keyOf: (c) => c.inseeCode });

export const circonscriptionById = rowLoader<number, CirconscriptionView>({
  from: 'circonscription as ci', key: 'ci.id', columns: circonscriptionColumns('ci'), toView: (row) => circonscriptionView(row), keyOf: (c) => c.id,
});

export function findCommune(ctx: RequestContext, inseeCode: string): Promise<CommuneView | undefined> {
  return ctx.loaders.get(communeByCode).load(inseeCode.trim().toUpperCase());
}

export function findCirconscription(ctx: RequestContext, id: number): Promise<CirconscriptionView | undefined> {
  return ctx.loaders.get(circonscriptionById).load(id);
}
