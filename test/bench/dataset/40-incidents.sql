-- 2,000,000 incidents over the last 3 years (1,095 days). 90 % concern a school (commune, département and
-- circonscription follow the school), 8 % a commune's space, 2 % the whole platform. Status by age: recent
-- ones are mostly open, older ones mostly closed, so that ~190,000 are open (NEW, ASSIGNED, IN_PROGRESS,
-- PENDING): a few thousand per large département. Priority from the ITIL matrix (impact × urgency); due
-- instants on whole hours after the report (calendar approximation of the business-hours SLA), so that
-- "breached" only changes on the hour.
select setseed(0.404);

create temp table bench_incident_draw as
select n, random() as u_age, random() as u_scope, random() as u_target, random() as u_status, random() as u_open, random() as u_pri,
          random() as u_pair, random() as u_cat, random() as u_chan, random() as u_role, random() as u_agent, random() as u_own,
          random() as u_res, random() as u_vendor
from generate_series(1, 2000000) n;

analyze bench_incident_draw;

create temp table bench_incident as
with base as (
  select d.*, now() - d.u_age * interval '1095 days' as reported_at,
         case when d.u_pri < 0.03 then 'P1' when d.u_pri < 0.13 then 'P2' when d.u_pri < 0.45 then 'P3' when d.u_pri < 0.80 then 'P4' else 'P5' end as priority
  from bench_incident_draw d
), aged as (
  select b.*, extract(epoch from now() - b.reported_at) / 86400 as age_days,
         case b.priority when 'P1' then 2 when 'P2' then 5 when 'P3' then 10 when 'P4' then 20 else 40 end as own_hours,
         case b.priority when 'P1' then 10 when 'P2' then 20 when 'P3' then 60 when 'P4' then 100 else 200 end as resolve_hours
  from base b
), statused as (
  select a.*,
         case
           when (a.age_days < 7 and a.u_status < 0.88) or (a.age_days >= 7 and a.age_days < 180 and a.u_status < 0.55) or (a.age_days >= 180 and a.u_status < 0.005)
             then case when a.u_open < 0.20 then 'NEW' when a.u_open < 0.50 then 'ASSIGNED' when a.u_open < 0.85 then 'IN_PROGRESS' else 'PENDING' end
           when a.age_days < 7 and a.u_status < 0.97 then 'RESOLVED'
           else 'CLOSED'
         end as status
  from aged a
)
select s.*,
       date_trunc('hour', s.reported_at) + (s.own_hours + 1) * interval '1 hour' as own_due_at,
       date_trunc('hour', s.reported_at) + (s.resolve_hours + 1) * interval '1 hour' as resolve_due_at,
       case when s.status <> 'NEW' then least(s.reported_at + s.u_own * s.own_hours * 1.3 * interval '1 hour', now() - interval '1 minute') end as owned_at
from statused s;

analyze bench_incident;

create temp table bench_incident_final as
select i.*,
       case when i.status in ('RESOLVED', 'CLOSED') then least(i.owned_at + i.u_res * i.resolve_hours * 1.2 * interval '1 hour', now() - interval '1 minute') end as resolved_at,
       case when i.u_scope < 0.90 then sl.uai end as school_uai,
       case when i.u_scope < 0.90 then sl.commune_insee_code when i.u_scope < 0.98 then cl.insee_code end as commune_insee_code,
       case when i.u_scope < 0.90 then sl.department_code when i.u_scope < 0.98 then cl.department_code end as department_code,
       case when i.u_scope < 0.90 then sl.circonscription_id end as circonscription_id,
       (array['ACCOUNT_LOGIN','ACCOUNT_LOGIN','ACCOUNT_LOGIN','MESSAGING','MESSAGING','DOCUMENTS','PORTAL_PUBLICATION','SCHOOL_LIFE','OUTAGE_SLOWNESS','PERSONAL_DATA','OTHER'])[1 + floor(i.u_cat * 11)::int] as category,
       (array['PHONE','EMAIL','EMAIL','CONSOLE','CONSOLE','CONSOLE','OTHER'])[1 + floor(i.u_chan * 7)::int] as channel,
       (array['SCHOOL_DIRECTOR','SCHOOL_DIRECTOR','SCHOOL_DIRECTOR','TEACHER','TEACHER','CPC','ERUN','ERUN','ACADEMIC_TEAM'])[1 + floor(i.u_role * 9)::int] as reporter_role,
       case when i.status <> 'NEW' then ag.id end as assignee_id
from bench_incident i
left join bench_school_list sl on i.u_scope < 0.90 and sl.k = 1 + floor(i.u_target * 50000)::int
left join bench_commune_list cl on i.u_scope >= 0.90 and i.u_scope < 0.98 and cl.k = 1 + floor(i.u_target * (select count(*) from bench_commune_list))::int
join bench_agents ag on ag.k = 1 + floor(i.u_agent * 60)::int;

analyze bench_incident_final;

select pg_temp.bench_detach('incident');
insert into incident (created_at, updated_at, reference, reporter_role, reporter_name, reporter_email, school_uai, commune_insee_code, department_code,
                      circonscription_id, category, channel, title, description, search_text, impact, urgency, priority, priority_override_reason,
                      status, assignee_id, reported_at, reported_on, owned_at, resolved_at, closed_at, own_due_at, resolve_due_at, clock_stopped_at,
                      resolution_minutes, resolution, vendor_reference, escalated_at, vendor_answer, vendor_answered_at, parent_id, dpo_alerted_at, version)
select x.reported_at, greatest(x.reported_at, x.owned_at, x.resolved_at, x.closed_at), x.reference, x.reporter_role, x.reporter_name, x.reporter_email,
       x.school_uai, x.commune_insee_code, x.department_code, x.circonscription_id, x.category, x.channel, x.title,
       'Signalement genere pour le banc d essai (' || x.category || ').',
       trim(regexp_replace(lower(x.reference || ' ' || x.title || ' ' || x.reporter_name || ' ' || x.reporter_email), '[^a-z0-9]+', ' ', 'g')),
       x.impact, x.urgency, x.priority, null, x.status, x.assignee_id, x.reported_at, (x.reported_at at time zone 'Europe/Paris')::date,
       x.owned_at, x.resolved_at, x.closed_at, x.own_due_at, x.resolve_due_at, x.clock_stopped_at,
       case when x.resolved_at is not null then greatest(1, (extract(epoch from x.resolved_at - x.reported_at) / 180)::int) end,
       case when x.resolved_at is not null then 'Resolu par l assistance.' end,
       case when x.u_vendor < 0.05 then 'VND-' || x.n end,
       case when x.u_vendor < 0.05 then coalesce(x.owned_at, x.reported_at) + interval '2 hours' end,
       null, null, null,
       case when x.category = 'PERSONAL_DATA' then x.reported_at + interval '5 minutes' end,
       1
from (
  select f.*,
         'INC-' || extract(year from f.reported_at)::int || '-' ||
           lpad((row_number() over (partition by extract(year from f.reported_at)::int order by f.reported_at, f.n))::text, 6, '0') as reference,
         case f.priority when 'P1' then 'HIGH' when 'P2' then (case when f.u_pair < 0.5 then 'HIGH' else 'MEDIUM' end)
              when 'P3' then (case when f.u_pair < 0.33 then 'HIGH' when f.u_pair < 0.66 then 'MEDIUM' else 'LOW' end)
              when 'P4' then (case when f.u_pair < 0.5 then 'MEDIUM' else 'LOW' end) else 'LOW' end as impact,
         case f.priority when 'P1' then 'HIGH' when 'P2' then (case when f.u_pair < 0.5 then 'MEDIUM' else 'HIGH' end)
              when 'P3' then (case when f.u_pair < 0.33 then 'LOW' when f.u_pair < 0.66 then 'MEDIUM' else 'HIGH' end)
              when 'P4' then (case when f.u_pair < 0.5 then 'LOW' else 'MEDIUM' end) else 'LOW' end as urgency,
         case f.category when 'ACCOUNT_LOGIN' then 'Connexion impossible a l ENT' when 'MESSAGING' then 'Messagerie indisponible'
              when 'DOCUMENTS' then 'Document introuvable dans l espace' when 'PORTAL_PUBLICATION' then 'Publication du portail bloquee'
              when 'SCHOOL_LIFE' then 'Cahier de textes inaccessible' when 'OUTAGE_SLOWNESS' then 'Lenteurs importantes'
              when 'PERSONAL_DATA' then 'Donnees personnelles visibles par erreur' else 'Demande d assistance' end as title,
         fn.name || ' ' || ln.name as reporter_name,
         lower(fn.name || '.' || ln.name) || (f.n % 997)::text || '@ac-bench.fr' as reporter_email,
         case when f.status = 'CLOSED' then least(f.resolved_at + interval '7 days', now() - interval '1 minute') end as closed_at,
         case when f.status in ('RESOLVED', 'CLOSED') then f.resolved_at
              when f.status = 'PENDING' then least(f.owned_at + interval '1 hour', now() - interval '1 minute') end as clock_stopped_at
  from bench_incident_final f
  join bench_first_names fn on fn.k = 1 + (f.n * 3) % 40
  join bench_last_names ln on ln.k = 1 + (f.n * 7) % 50
) x
order by x.reported_at, x.n;

select pg_temp.bench_reattach('incident');

insert into incident_counter (year, last_number)
select extract(year from reported_at)::int, count(*) from incident group by 1;

drop table bench_incident_draw;
drop table bench_incident;
drop table bench_incident_final;
