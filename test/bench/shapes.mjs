// The measured query shapes. For each: the GraphQL operation our console sends (documents copied from
// admin/src/**/*.graphql where the console has one, otherwise written as the console would), the equivalent
// PostGraphile operation over the same tables, the raw-SQL floor's single statement (run by peers/raw-sql.mjs),
// and how each answer is normalised so that the three can be compared before anything is measured.

/** An instant as our API prints it (`2024-05-02T08:30:00.000Z`), in SQL. */
const iso = (column) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const TODAY = `(now() at time zone 'Europe/Paris')::date`;
const OPEN = `('NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING')`;
export const PAGE = 50;

// ---------------------------------------------------------------------------------------------------------
// Our API: documents as the console sends them.

/** admin/src/schools/schools.graphql, fragment SchoolDetails (copied: keep in step with the console). */
const SCHOOL_DETAILS = `fragment SchoolDetails on School {
  uai name kind sector status closedOn address postalCode email phone directorName directorEmail version createdAt updatedAt
  commune { inseeCode name department { code name } }
  circonscription { id name }
}`;

/** admin/src/auth/session.graphql (Login with the SessionUser fragment). */
const LOGIN = `fragment SessionUser on User { id email displayName passwordChangedAt grants { role scopeLevel scopeCode } }
mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...SessionUser } }`;

const OURS = {
  Q1: `${SCHOOL_DETAILS}
query School($uai: String!) {
  school(uai: $uai) {
    ...SchoolDetails
    publicationDirector { id civility firstName lastName email function startDate endDate }
  }
}`,
  Q2: `${SCHOOL_DETAILS}
query Schools($offset: Int!, $limit: Int!, $orderBy: [SchoolOrder!], $filter: SchoolFilter) {
  schools(offset: $offset, limit: $limit, orderBy: $orderBy, filter: $filter) { totalCount nodes { ...SchoolDetails } }
}`,
  Q3: `query Conventions($offset: Int!, $limit: Int!, $filter: ConventionFilter) {
  conventions(offset: $offset, limit: $limit, filter: $filter) {
    totalCount
    nodes { id schoolYear status amountCents commune { inseeCode name } schools { uai } }
  }
}`,
  Q4: `query IncidentQueue($offset: Int!, $limit: Int!, $filter: IncidentFilter) {
  incidentQueue(offset: $offset, limit: $limit, filter: $filter) {
    totalCount
    nodes {
      id reference title category status priority impact urgency departmentCode reporterName reportedAt ownDueAt resolveDueAt
      school { uai name } commune { inseeCode name } assignee { id displayName }
    }
  }
}`,
  Q5a: `query IncidentSummary { incidentSummary { open unassigned pending breached byPriority { priority open breached } } }`,
  Q5b: `query ConventionFunnel($scope: YearScope!) {
  conventionFunnel(scope: $scope) {
    schoolYear conventions signedConventions schools expectedAmountCents signedAmountCents paidAmountCents overdueAmountCents
    communesWithoutConvention stages { status conventions schools amountCents }
  }
}`,
};

// ---------------------------------------------------------------------------------------------------------
// PostGraphile 5 (amber preset): the same data through its generated schema (views: peers/postgraphile.sql).

const PGL_SCHOOL = `uai name kind sector status closedOn address postalCode email phone directorName directorEmail version createdAt updatedAt
  communeByCommuneInseeCode { inseeCode name departmentByDepartmentCode { code name } }
  circonscriptionByCirconscriptionId { rowId name }`;

const PGL = {
  Q1: `query School($uai: String!) {
  schoolByUai(uai: $uai) {
    ${PGL_SCHOOL}
    currentPublicationDirector { rowId civility firstName lastName email function startDate endDate }
  }
}`,
  Q2: `query Schools($departmentCode: String!, $first: Int!, $offset: Int!) {
  allSchools(condition: { departmentCode: $departmentCode }, orderBy: [SEARCH_NAME_ASC, UAI_ASC], first: $first, offset: $offset) {
    totalCount nodes { ${PGL_SCHOOL} }
  }
}`,
  Q3: `query Conventions($schoolYear: String!, $first: Int!, $offset: Int!) {
  allConventions(condition: { schoolYear: $schoolYear }, orderBy: [SEARCH_NAME_ASC, SCHOOL_YEAR_DESC, ROW_ID_ASC], first: $first, offset: $offset) {
    totalCount
    nodes {
      rowId schoolYear status amountCents communeByCommuneInseeCode { inseeCode name }
      conventionSchoolsByConventionId { nodes { schoolUai } }
    }
  }
}`,
  Q4: `query IncidentQueue($departmentCode: String!, $first: Int!, $offset: Int!) {
  allOpenIncidents(condition: { departmentCode: $departmentCode }, orderBy: [RESOLVE_DUE_AT_ASC, ROW_ID_ASC], first: $first, offset: $offset) {
    totalCount
    nodes {
      rowId reference title category status priority impact urgency departmentCode reporterName reportedAt ownDueAt resolveDueAt
      school { uai name } commune { inseeCode name } assignee { rowId displayName }
    }
  }
}`,
  Q5a: `query IncidentSummary { allOpenIncidentSummaries { nodes { priority open breached unassigned pending } } }`,
  Q5b: `query ConventionFunnel($schoolYear: String!, $academyCode: String!) {
  figures: allConventionFigures(condition: { schoolYear: $schoolYear, academyCode: $academyCode }) {
    nodes { status conventions schools amountCents amendmentsCents signedAmendmentsCents }
  }
  payments: allPaymentFigures(condition: { schoolYear: $schoolYear, academyCode: $academyCode }) { nodes { paidCents overdueCents } }
  without: allCommuneWithoutConventions(condition: { schoolYear: $schoolYear, academyCode: $academyCode }) { totalCount }
}`,
};

// ---------------------------------------------------------------------------------------------------------
// The floor: one hand-written statement per shape that returns the response body, JSON built by PostgreSQL.

const schoolJson = (s, cm, d, ci) => `'uai', ${s}.uai, 'name', ${s}.name, 'kind', ${s}.kind, 'sector', ${s}.sector, 'status', ${s}.status,
  'closedOn', ${s}.closed_on, 'address', ${s}.address, 'postalCode', ${s}.postal_code, 'email', ${s}.email, 'phone', ${s}.phone,
  'directorName', ${s}.director_name, 'directorEmail', ${s}.director_email, 'version', ${s}.version,
  'createdAt', ${iso(`${s}.created_at`)}, 'updatedAt', ${iso(`${s}.updated_at`)},
  'commune', json_build_object('inseeCode', ${cm}.insee_code, 'name', ${cm}.name, 'department', json_build_object('code', ${d}.code, 'name', ${d}.name)),
  'circonscription', case when ${ci}.id is null then null else json_build_object('id', ${ci}.id::text, 'name', ${ci}.name) end`;

export const RAW_SQL = {
  // $1 uai
  Q1: `select json_build_object('data', json_build_object('school', (
  select json_build_object(${schoolJson('s', 'cm', 'd', 'ci')},
    'publicationDirector', (
      select json_build_object('id', a.id::text, 'civility', a.civility, 'firstName', a.first_name, 'lastName', a.last_name, 'email', a.email,
                               'function', a.function, 'startDate', a.start_date, 'endDate', a.end_date)
      from publication_director_assignment a
      where a.school_uai = s.uai and a.start_date <= ${TODAY} and (a.end_date is null or a.end_date >= ${TODAY})
      order by a.start_date desc limit 1))
  from school s
  join commune cm on cm.insee_code = s.commune_insee_code
  join department d on d.code = cm.department_code
  left join circonscription ci on ci.id = s.circonscription_id
  where s.uai = $1)))::text`,
  // $1 department, $2 limit, $3 offset
  Q2: `with page as (select s.uai from school s where s.department_code = $1 order by s.search_name, s.uai limit $2 offset $3)
select json_build_object('data', json_build_object('schools', json_build_object(
  'totalCount', (select count(*) from school s where s.department_code = $1),
  'nodes', coalesce((
    select json_agg(json_build_object(${schoolJson('s', 'cm', 'd', 'ci')}) order by s.search_name, s.uai)
    from page p
    join school s on s.uai = p.uai
    join commune cm on cm.insee_code = s.commune_insee_code
    join department d on d.code = cm.department_code
    left join circonscription ci on ci.id = s.circonscription_id), '[]'::json))))::text`,
  // $1 school year, $2 limit, $3 offset
  Q3: `with page as (select c.id from convention c where c.school_year = $1 order by c.search_name, c.school_year desc, c.id limit $2 offset $3)
select json_build_object('data', json_build_object('conventions', json_build_object(
  'totalCount', (select count(*) from convention c where c.school_year = $1),
  'nodes', coalesce((
    select json_agg(json_build_object('id', c.id::text, 'schoolYear', c.school_year, 'status', c.status, 'amountCents', c.amount_cents,
      'commune', json_build_object('inseeCode', cm.insee_code, 'name', cm.name),
      'schools', coalesce((select json_agg(json_build_object('uai', e.school_uai) order by e.school_uai)
                           from convention_school e where e.convention_id = c.id), '[]'::json))
      order by c.search_name, c.school_year desc, c.id)
    from page p join convention c on c.id = p.id join commune cm on cm.insee_code = c.commune_insee_code), '[]'::json))))::text`,
  // $1 department, $2 limit, $3 offset
  Q4: `with page as (
  select i.id from incident i where i.status in ${OPEN} and i.department_code = $1 order by i.resolve_due_at, i.id limit $2 offset $3)
select json_build_object('data', json_build_object('incidentQueue', json_build_object(
  'totalCount', (select count(*) from incident i where i.status in ${OPEN} and i.department_code = $1),
  'nodes', coalesce((
    select json_agg(json_build_object('id', i.id::text, 'reference', i.reference, 'title', i.title, 'category', i.category, 'status', i.status,
      'priority', i.priority, 'impact', i.impact, 'urgency', i.urgency, 'departmentCode', i.department_code, 'reporterName', i.reporter_name,
      'reportedAt', ${iso('i.reported_at')}, 'ownDueAt', ${iso('i.own_due_at')}, 'resolveDueAt', ${iso('i.resolve_due_at')},
      'school', case when sc.uai is null then null else json_build_object('uai', sc.uai, 'name', sc.name) end,
      'commune', case when cm.insee_code is null then null else json_build_object('inseeCode', cm.insee_code, 'name', cm.name) end,
      'assignee', case when au.id is null then null else json_build_object('id', au.id::text, 'displayName', au.display_name) end)
      order by i.resolve_due_at, i.id)
    from page p join incident i on i.id = p.id
    left join school sc on sc.uai = i.school_uai
    left join commune cm on cm.insee_code = i.commune_insee_code
    left join app_user au on au.id = i.assignee_id), '[]'::json))))::text`,
  // no parameter
  Q5a: `with g as (
  select i.priority, count(*) as open,
         count(*) filter (where i.own_due_at < coalesce(i.owned_at, now()) or i.resolve_due_at < coalesce(i.clock_stopped_at, now())) as breached,
         count(*) filter (where i.assignee_id is null) as unassigned,
         count(*) filter (where i.status = 'PENDING') as pending
  from incident i where i.status in ${OPEN} group by i.priority)
select json_build_object('data', json_build_object('incidentSummary', json_build_object(
  'open', (select coalesce(sum(open), 0) from g)::int, 'unassigned', (select coalesce(sum(unassigned), 0) from g)::int,
  'pending', (select coalesce(sum(pending), 0) from g)::int, 'breached', (select coalesce(sum(breached), 0) from g)::int,
  'byPriority', (select json_agg(json_build_object('priority', p.priority, 'open', coalesce(g.open, 0), 'breached', coalesce(g.breached, 0)) order by p.priority)
                 from (values ('P1'), ('P2'), ('P3'), ('P4'), ('P5')) p (priority) left join g on g.priority = p.priority))))::text`,
  // $1 school year, $2 académie
  Q5b: `with scope as (select code from department where academy_code = $2),
c as (
  select c.status, count(*) as conventions,
         sum((select count(*) from convention_school e where e.convention_id = c.id)) as schools,
         sum(c.amount_cents) as amount,
         coalesce(sum((select sum(a.amount_cents) from convention_amendment a where a.convention_id = c.id)), 0) as amendments,
         coalesce(sum((select sum(a.amount_cents) from convention_amendment a where a.convention_id = c.id and a.commune_signed_on is not null)), 0) as signed_amendments
  from convention c where c.school_year = $1 and c.department_code in (select code from scope) group by c.status),
p as (
  select coalesce(sum(p.amount_cents) filter (where p.paid_on is not null), 0) as paid,
         coalesce(sum(p.amount_cents) filter (where p.paid_on is null and p.due_on < ${TODAY}), 0) as overdue
  from convention_payment p where p.school_year = $1 and p.department_code in (select code from scope)),
w as (
  select count(*) as n from commune cm
  where cm.department_code in (select code from scope)
    and cm.insee_code in (select coalesce(sp.paying_commune_insee_code, s.commune_insee_code) from school s
                          left join school_payer sp on sp.school_uai = s.uai where s.status = 'OPEN' and s.sector = 'PUBLIC')
    and not exists (select 1 from convention v where v.commune_insee_code = cm.insee_code and v.school_year = $1 and v.cancelled_on is null))
select json_build_object('data', json_build_object('conventionFunnel', json_build_object(
  'schoolYear', $1::text,
  'conventions', (select coalesce(sum(conventions), 0) from c where status <> 'CANCELLED')::int,
  'signedConventions', (select coalesce(sum(conventions), 0) from c where status in ('SIGNED', 'EXPIRED'))::int,
  'schools', (select coalesce(sum(schools), 0) from c where status <> 'CANCELLED')::int,
  'expectedAmountCents', (select coalesce(sum(amount + amendments), 0) from c where status <> 'CANCELLED')::int,
  'signedAmountCents', (select coalesce(sum(amount + signed_amendments), 0) from c where status in ('SIGNED', 'EXPIRED'))::int,
  'paidAmountCents', (select paid from p)::int,
  'overdueAmountCents', (select overdue from p)::int,
  'communesWithoutConvention', (select n from w)::int,
  'stages', (select json_agg(json_build_object('status', st.status, 'conventions', coalesce(c.conventions, 0), 'schools', coalesce(c.schools, 0),
                                               'amountCents', coalesce(c.amount + c.amendments, 0)) order by st.position)
             from unnest(array['DRAFT', 'SENT', 'DELIBERATED', 'SIGNED', 'EXPIRED', 'CANCELLED']) with ordinality st (status, position)
             left join c on c.status = st.status))))::text`,
};

/** The raw peer's URL parameters → statement parameters, per shape. */
export const RAW_PARAMS = {
  Q1: (q) => [q.get('uai')],
  Q2: (q) => [q.get('departmentCode'), Number(q.get('limit')), Number(q.get('offset'))],
  Q3: (q) => [q.get('schoolYear'), Number(q.get('limit')), Number(q.get('offset'))],
  Q4: (q) => [q.get('departmentCode'), Number(q.get('limit')), Number(q.get('offset'))],
  Q5a: () => [],
  Q5b: (q) => [q.get('schoolYear'), q.get('academyCode')],
};

// ---------------------------------------------------------------------------------------------------------
// Normalisation: every answer → our API's shape, instants as ISO UTC, ids as strings, lists in a fixed order.

const instant = (value) => (value == null ? null : new Date(value).toISOString());
const text = (value) => (value == null ? null : String(value));

function ourSchool(s) {
  if (!s) return null;
  return {
    uai: s.uai, name: s.name, kind: s.kind, sector: s.sector, status: s.status, closedOn: s.closedOn, address: s.address, postalCode: s.postalCode,
    email: s.email, phone: s.phone, directorName: s.directorName, directorEmail: s.directorEmail, version: s.version,
    createdAt: instant(s.createdAt), updatedAt: instant(s.updatedAt),
    commune: { inseeCode: s.commune.inseeCode, name: s.commune.name, department: { code: s.commune.department.code, name: s.commune.department.name } },
    circonscription: s.circonscription ? { id: text(s.circonscription.id), name: s.circonscription.name } : null,
  };
}

const pglSchool = (s) => s && ourSchool({
  ...s,
  commune: { ...s.communeByCommuneInseeCode, department: s.communeByCommuneInseeCode.departmentByDepartmentCode },
  circonscription: s.circonscriptionByCirconscriptionId && { id: s.circonscriptionByCirconscriptionId.rowId, name: s.circonscriptionByCirconscriptionId.name },
});

const director = (a, id) => (a ? {
  id: text(a[id]), civility: a.civility, firstName: a.firstName, lastName: a.lastName, email: a.email, function: a.function, startDate: a.startDate, endDate: a.endDate,
} : null);

const ourConvention = (c) => ({
  id: text(c.id), schoolYear: c.schoolYear, status: c.status, amountCents: Number(c.amountCents),
  commune: { inseeCode: c.commune.inseeCode, name: c.commune.name }, schools: c.schools.map((s) => s.uai).sort(),
});

const ourIncident = (i) => ({
  id: text(i.id), reference: i.reference, title: i.title, category: i.category, status: i.status, priority: i.priority, impact: i.impact,
  urgency: i.urgency, departmentCode: i.departmentCode, reporterName: i.reporterName,
  reportedAt: instant(i.reportedAt), ownDueAt: instant(i.ownDueAt), resolveDueAt: instant(i.resolveDueAt),
  school: i.school ? { uai: i.school.uai, name: i.school.name } : null,
  commune: i.commune ? { inseeCode: i.commune.inseeCode, name: i.commune.name } : null,
  assignee: i.assignee ? { id: text(i.assignee.id), displayName: i.assignee.displayName } : null,
});

const summary = (s) => ({
  open: Number(s.open), unassigned: Number(s.unassigned), pending: Number(s.pending), breached: Number(s.breached),
  byPriority: s.byPriority.map((p) => ({ priority: p.priority, open: Number(p.open), breached: Number(p.breached) })),
});

const STATUSES = ['DRAFT', 'SENT', 'DELIBERATED', 'SIGNED', 'EXPIRED', 'CANCELLED'];
const funnel = (f) => ({
  schoolYear: f.schoolYear, conventions: f.conventions, signedConventions: f.signedConventions, schools: f.schools,
  expectedAmountCents: f.expectedAmountCents, signedAmountCents: f.signedAmountCents, paidAmountCents: f.paidAmountCents,
  overdueAmountCents: f.overdueAmountCents, communesWithoutConvention: f.communesWithoutConvention,
  stages: STATUSES.map((status) => {
    const stage = f.stages.find((s) => s.status === status) ?? { conventions: 0, schools: 0, amountCents: 0 };
    return { status, conventions: stage.conventions, schools: stage.schools, amountCents: stage.amountCents };
  }),
});

/** The PostGraphile views' rows, added up as conventions/dashboard.service.ts does. */
function pglFunnel(data, schoolYear) {
  const figures = data.figures.nodes.map((f) => ({
    status: f.status, conventions: Number(f.conventions), schools: Number(f.schools ?? 0), amountCents: Number(f.amountCents ?? 0),
    amendmentsCents: Number(f.amendmentsCents ?? 0), signedAmendmentsCents: Number(f.signedAmendmentsCents ?? 0),
  }));
  const sum = (items, of) => items.reduce((total, item) => total + of(item), 0);
  const live = figures.filter((f) => f.status !== 'CANCELLED');
  const signed = figures.filter((f) => ['SIGNED', 'EXPIRED'].includes(f.status));
  return funnel({
    schoolYear,
    conventions: sum(live, (f) => f.conventions), signedConventions: sum(signed, (f) => f.conventions), schools: sum(live, (f) => f.schools),
    expectedAmountCents: sum(live, (f) => f.amountCents + f.amendmentsCents), signedAmountCents: sum(signed, (f) => f.amountCents + f.signedAmendmentsCents),
    paidAmountCents: sum(data.payments.nodes, (p) => Number(p.paidCents)), overdueAmountCents: sum(data.payments.nodes, (p) => Number(p.overdueCents)),
    communesWithoutConvention: Number(data.without.totalCount),
    stages: STATUSES.map((status) => {
      const stage = figures.filter((f) => f.status === status);
      return { status, conventions: sum(stage, (f) => f.conventions), schools: sum(stage, (f) => f.schools), amountCents: sum(stage, (f) => f.amountCents + f.amendmentsCents) };
    }),
  });
}

// ---------------------------------------------------------------------------------------------------------
// The shapes, built from the parameters chosen in the data (params.mjs).

const gql = (query, variables) => JSON.stringify({ query, variables });
const post = (body) => ({ method: 'POST', path: '/graphql', body });
const rawGet = (shape, params = {}) => ({ method: 'GET', path: `/q/${shape}?${new URLSearchParams(params)}` });

/** Each shape: { id, title, servers: { ours, postgraphile, raw: { request, normalize } } }. */
export function buildShapes(p) {
  const q1 = {
    ours: { request: post(gql(OURS.Q1, { uai: p.uai })), normalize: (j) => ({ ...ourSchool(j.data.school), publicationDirector: director(j.data.school.publicationDirector, 'id') }) },
    postgraphile: { request: post(gql(PGL.Q1, { uai: p.uai })), normalize: (j) => ({ ...pglSchool(j.data.schoolByUai), publicationDirector: director(j.data.schoolByUai.currentPublicationDirector, 'rowId') }) },
    raw: { request: rawGet('Q1', { uai: p.uai }), normalize: (j) => ({ ...ourSchool(j.data.school), publicationDirector: director(j.data.school.publicationDirector, 'id') }) },
  };
  const q2 = (offset) => ({
    ours: {
      request: post(gql(OURS.Q2, { offset, limit: PAGE, orderBy: [{ field: 'NAME', direction: 'ASC' }], filter: { departmentCode: p.departmentCode } })),
      normalize: (j) => ({ totalCount: j.data.schools.totalCount, nodes: j.data.schools.nodes.map(ourSchool) }),
    },
    postgraphile: {
      request: post(gql(PGL.Q2, { departmentCode: p.departmentCode, first: PAGE, offset })),
      normalize: (j) => ({ totalCount: j.data.allSchools.totalCount, nodes: j.data.allSchools.nodes.map(pglSchool) }),
    },
    raw: {
      request: rawGet('Q2', { departmentCode: p.departmentCode, limit: PAGE, offset }),
      normalize: (j) => ({ totalCount: Number(j.data.schools.totalCount), nodes: j.data.schools.nodes.map(ourSchool) }),
    },
  });
  return [
    { id: 'Q1', title: `school by UAI (${p.uai}) with commune, département, circonscription and current publication director`, servers: q1 },
    { id: 'Q2', title: `first page of ${PAGE} schools of département ${p.departmentCode} by name, with commune and circonscription, and totalCount`, servers: q2(0) },
    { id: 'Q2last', title: `last page of the same (offset ${p.lastOffset} of ${p.departmentSchools})`, servers: q2(p.lastOffset) },
    {
      id: 'Q3', title: `first page of ${PAGE} conventions of ${p.schoolYear} (all académies) by commune name, with commune, enrolled schools and amount`,
      servers: {
        ours: {
          request: post(gql(OURS.Q3, { offset: 0, limit: PAGE, filter: { schoolYear: p.schoolYear } })),
          normalize: (j) => ({ totalCount: j.data.conventions.totalCount, nodes: j.data.conventions.nodes.map(ourConvention) }),
        },
        postgraphile: {
          request: post(gql(PGL.Q3, { schoolYear: p.schoolYear, first: PAGE, offset: 0 })),
          normalize: (j) => ({
            totalCount: j.data.allConventions.totalCount,
            nodes: j.data.allConventions.nodes.map((c) => ourConvention({
              ...c, id: c.rowId, commune: c.communeByCommuneInseeCode, schools: c.conventionSchoolsByConventionId.nodes.map((e) => ({ uai: e.schoolUai })),
            })),
          }),
        },
        raw: {
          request: rawGet('Q3', { schoolYear: p.schoolYear, limit: PAGE, offset: 0 }),
          normalize: (j) => ({ totalCount: Number(j.data.conventions.totalCount), nodes: j.data.conventions.nodes.map(ourConvention) }),
        },
      },
    },
    {
      id: 'Q4', title: `open-incident queue of département ${p.departmentCode} by resolution due time, first page of ${PAGE}, with school, commune and assignee`,
      servers: {
        ours: {
          request: post(gql(OURS.Q4, { offset: 0, limit: PAGE, filter: { departmentCode: p.departmentCode } })),
          normalize: (j) => ({ totalCount: j.data.incidentQueue.totalCount, nodes: j.data.incidentQueue.nodes.map(ourIncident) }),
        },
        postgraphile: {
          request: post(gql(PGL.Q4, { departmentCode: p.departmentCode, first: PAGE, offset: 0 })),
          normalize: (j) => ({
            totalCount: j.data.allOpenIncidents.totalCount,
            nodes: j.data.allOpenIncidents.nodes.map((i) => ourIncident({ ...i, id: i.rowId, assignee: i.assignee && { id: i.assignee.rowId, displayName: i.assignee.displayName } })),
          }),
        },
        raw: {
          request: rawGet('Q4', { departmentCode: p.departmentCode, limit: PAGE, offset: 0 }),
          normalize: (j) => ({ totalCount: Number(j.data.incidentQueue.totalCount), nodes: j.data.incidentQueue.nodes.map(ourIncident) }),
        },
      },
    },
    {
      id: 'Q5a', title: 'support home: open-incident counters (open, unassigned, pending, breached, by priority), national',
      servers: {
        ours: { request: post(gql(OURS.Q5a, {})), normalize: (j) => summary(j.data.incidentSummary) },
        postgraphile: {
          request: post(gql(PGL.Q5a, {})),
          normalize: (j) => {
            const rows = j.data.allOpenIncidentSummaries.nodes;
            const total = rows.find((r) => r.priority === null) ?? { open: 0, unassigned: 0, pending: 0, breached: 0 };
            return summary({
              ...total,
              byPriority: ['P1', 'P2', 'P3', 'P4', 'P5'].map((priority) => rows.find((r) => r.priority === priority) ?? { priority, open: 0, breached: 0 }),
            });
          },
        },
        raw: { request: rawGet('Q5a'), normalize: (j) => summary(j.data.incidentSummary) },
      },
    },
    {
      id: 'Q5b', title: `academic team home: convention funnel of ${p.schoolYear}, académie ${p.academyCode} (${p.academyName})`,
      servers: {
        ours: { request: post(gql(OURS.Q5b, { scope: { schoolYear: p.schoolYear, academyCode: p.academyCode } })), normalize: (j) => funnel(j.data.conventionFunnel) },
        postgraphile: { request: post(gql(PGL.Q5b, { schoolYear: p.schoolYear, academyCode: p.academyCode })), normalize: (j) => pglFunnel(j.data, p.schoolYear) },
        raw: { request: rawGet('Q5b', { schoolYear: p.schoolYear, academyCode: p.academyCode }), normalize: (j) => funnel(j.data.conventionFunnel) },
      },
    },
    {
      id: 'Q6', title: `sign-in (argon2id) then Q1 with the new session cookie: autocannon request sequences`,
      sequence: true,
      servers: {
        ours: { login: post(gql(LOGIN, { email: p.email, password: p.password })), then: q1.ours },
        postgraphile: { login: { method: 'POST', path: '/login', body: JSON.stringify({ email: p.email, password: p.password }) }, then: q1.postgraphile },
        raw: { login: { method: 'POST', path: '/login', body: JSON.stringify({ email: p.email, password: p.password }) }, then: q1.raw },
      },
    },
    {
      id: 'Q6login', title: 'sign-in alone (argon2id: CPU-bound by design)',
      loginOnly: true,
      servers: {
        ours: { login: post(gql(LOGIN, { email: p.email, password: p.password })) },
        postgraphile: { login: { method: 'POST', path: '/login', body: JSON.stringify({ email: p.email, password: p.password }) } },
        raw: { login: { method: 'POST', path: '/login', body: JSON.stringify({ email: p.email, password: p.password }) } },
      },
    },
  ];
}

export const SHAPE_IDS = ['Q1', 'Q2', 'Q2last', 'Q3', 'Q4', 'Q5a', 'Q5b', 'Q6', 'Q6login'];
