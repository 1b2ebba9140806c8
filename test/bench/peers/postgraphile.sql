-- Objects the PostGraphile peer needs, created in the bench database ONLY (never in the product's
-- migrations): views for what PostGraphile's `condition` cannot express, with smart comments for their
-- relations. Each one is what the product's resolver computes, written as a view.

-- Q1: the current publication director of a school = the period that covers today (Paris); at most one
-- (exclusion constraint), hence @unique: PostGraphile then exposes a single record on School.
create view current_publication_director as
select a.* from publication_director_assignment a
where a.school_uai is not null
  and a.start_date <= (now() at time zone 'Europe/Paris')::date
  and (a.end_date is null or a.end_date >= (now() at time zone 'Europe/Paris')::date);
comment on view current_publication_director is E'@unique school_uai\n@foreignKey (school_uai) references school (uai)|@fieldName school|@foreignFieldName currentPublicationDirector';

-- Q4: open incidents (NEW, ASSIGNED, IN_PROGRESS, PENDING), with the incident's relations.
create view open_incident as
select i.* from incident i where i.status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING');
comment on view open_incident is E'@primaryKey id\n@foreignKey (school_uai) references school (uai)|@fieldName school|@foreignFieldName openIncidents\n@foreignKey (commune_insee_code) references commune (insee_code)|@fieldName commune|@foreignFieldName openIncidents\n@foreignKey (assignee_id) references app_user (id)|@fieldName assignee|@foreignFieldName assignedOpenIncidents';

-- Q5a: the support home's counters (incident-stats.service.ts incidentSummary), by priority, and the totals
-- on the row whose priority is null (grouping sets: one statement, as in the product).
create view open_incident_summary as
select i.priority,
       count(*) as open,
       count(*) filter (where i.own_due_at < coalesce(i.owned_at, now()) or i.resolve_due_at < coalesce(i.clock_stopped_at, now())) as breached,
       count(*) filter (where i.assignee_id is null) as unassigned,
       count(*) filter (where i.status = 'PENDING') as pending
from incident i
where i.status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING')
group by grouping sets ((i.priority), ());

-- Q5b: the academic team's funnel (conventions/dashboard.service.ts): the year's conventions by
-- département and status, the revenue orders by département, and the communes paying for open public
-- schools without a live convention that year. The client adds them up, as the product's resolver does.
create view convention_figure as
select c.school_year, c.department_code, dp.academy_code, c.status,
       count(*) as conventions, sum(e.n) as schools, sum(c.amount_cents) as amount_cents,
       sum(a.total) as amendments_cents, sum(a.signed) as signed_amendments_cents
from convention c
join department dp on dp.code = c.department_code
left join (select convention_id, count(*) as n from convention_school group by convention_id) e on e.convention_id = c.id
left join (select convention_id, sum(amount_cents) as total,
                  sum(case when commune_signed_on is not null then amount_cents else 0 end) as signed
           from convention_amendment group by convention_id) a on a.convention_id = c.id
group by c.school_year, c.department_code, dp.academy_code, c.status;

create view payment_figure as
select p.school_year, p.department_code, dp.academy_code,
       sum(case when p.paid_on is not null then p.amount_cents else 0 end) as paid_cents,
       sum(case when p.paid_on is null and p.due_on < (now() at time zone 'Europe/Paris')::date then p.amount_cents else 0 end) as overdue_cents
from convention_payment p join department dp on dp.code = p.department_code
group by p.school_year, p.department_code, dp.academy_code;

create view commune_without_convention as
select y.school_year, c.insee_code, c.department_code, dp.academy_code
from commune c
join department dp on dp.code = c.department_code
cross join (select distinct school_year from convention_campaign) y
where c.insee_code in (select coalesce(sp.paying_commune_insee_code, s.commune_insee_code)
                       from school s left join school_payer sp on sp.school_uai = s.uai
                       where s.status = 'OPEN' and s.sector = 'PUBLIC')
  and not exists (select 1 from convention v where v.commune_insee_code = c.insee_code and v.school_year = y.school_year and v.cancelled_on is null);
