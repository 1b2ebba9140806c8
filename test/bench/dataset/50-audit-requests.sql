-- 1,000,000 audit entries over 3 years, already "sealed" (chain position, previous hash and hash set) so that
-- the sealing job has nothing to do during the measurement. The hashes are NOT the product's chain
-- (audit/audit-chain.ts entryHash): `cli audit:verify` reports the bench database's chain as broken.
-- 100,000 data-subject requests over 3 years, nearly all answered and closed.
select setseed(0.505);

select pg_temp.bench_detach('audit_entry');
insert into audit_entry (id, at, actor_user_id, actor_email, request_id, operation, target_type, target_id, changes, chain_position, previous_hash, hash)
with d as materialized (select n, random() as u_op, random() as u_target, random() as u_actor from generate_series(1, 1000000) n)
select x.n, x.at, x.actor_id, x.actor_email, md5('req' || x.n), x.operation, x.target_type, x.target_id, x.changes, x.n,
       coalesce(lag(x.hash) over (order by x.n), repeat('0', 64)), x.hash
from (
  select d.n, now() - interval '1095 days' + (d.n / 1000000.0) * interval '1094 days' as at,
         ag.id as actor_id, ag.email as actor_email,
         (array['updateSchool','assignIncident','changeIncidentStatus','commentIncident','login','assignPublicationDirector','sendConvention',
                'recordDeliberation','signConvention','createDataSubjectRequest','readDataSubjectRequest','closeResolvedIncident'])[1 + floor(d.u_op * 12)::int] as operation,
         (array['School','Incident','Incident','Incident','User','PublicationDirectorAssignment','Convention','Convention','Convention',
                'DataSubjectRequest','DataSubjectRequest','Incident'])[1 + floor(d.u_op * 12)::int] as target_type,
         (1 + floor(d.u_target * 100000)::int)::text as target_id,
         '{"status":["NEW","ASSIGNED"]}' as changes,
         encode(sha256(convert_to('bench-audit-' || d.n, 'UTF8')), 'hex') as hash
  from d
  join bench_agents ag on ag.k = 1 + floor(d.u_actor * 60)::int
) x
order by x.n;
select setval(pg_get_serial_sequence('audit_entry', 'id'), 1000000);
select pg_temp.bench_reattach('audit_entry');

insert into data_subject_request (created_at, updated_at, reference, received_on, channel, rights, content, applicant_first_name, applicant_last_name,
  applicant_email, applicant_postal_address, subject_first_name, subject_last_name, subject_email, subject_postal_address, relationship, search_names,
  school_uais, commune_insee_codes, processing_id, status, initial_due_on, due_on, extension_notified_on, extension_reason, identity_check,
  answered_on, answer_channel, outcome, refusal_ground, refusal_detail, answer_summary, first_answered_on, answered_late, closed_on, version)
select x.received_on::timestamptz, coalesce(x.closed_on, x.answered_on, x.received_on)::timestamptz,
       'DPO-' || extract(year from x.received_on)::int || '-' ||
         case when x.rn < 10000 then lpad(x.rn::text, 4, '0') else x.rn::text end,
       x.received_on, x.channel, x.rights, 'Demande generee pour le banc d essai.', x.af, x.al, lower(x.af || '.' || x.al || x.n % 100) || '@example.invalid', null,
       x.sf, x.sl, null, null, x.relationship, lower(x.af || ' ' || x.al || coalesce(' ' || x.sf || ' ' || x.sl, '')), '', '', null,
       x.status, x.received_on + interval '1 month', x.due_on, x.extension_notified_on, x.extension_reason, 'NOT_NEEDED',
       x.answered_on, case when x.answered_on is not null then 'EMAIL' end, case when x.answered_on is not null then x.outcome end,
       case when x.answered_on is not null and x.outcome = 'REFUSED' then 'MANIFESTLY_UNFOUNDED_OR_EXCESSIVE' end, null,
       case when x.answered_on is not null then 'Reponse envoyee.' end, x.answered_on,
       case when x.answered_on is not null then x.answered_on > x.due_on end, x.closed_on, 1
from (select y.*, row_number() over (partition by extract(year from y.received_on)::int order by y.received_on, y.n) as rn from (
  select d.n, d.received_on, d.af, d.al,
         case when d.u_rel < 0.70 then null else d.sf end as sf, case when d.u_rel < 0.70 then null else d.sl end as sl,
         case when d.u_rel < 0.70 then 'SELF' when d.u_rel < 0.95 then 'PARENT' else 'LEGAL_REPRESENTATIVE' end as relationship,
         (array['EMAIL','EMAIL','WEB_FORM','WEB_FORM','LETTER','IN_PERSON'])[1 + floor(d.u_chan * 6)::int] as channel,
         (array[',ACCESS,',',ACCESS,',',RECTIFICATION,',',ERASURE,',',ACCESS,RECTIFICATION,',',OBJECTION,',',INFORMATION,',',RESTRICTION,'])[1 + floor(d.u_rights * 8)::int] as rights,
         case when d.u_ext < 0.05 then d.received_on + interval '3 months' else d.received_on + interval '1 month' end as due_on,
         case when d.u_ext < 0.05 then d.received_on + 20 end as extension_notified_on,
         case when d.u_ext < 0.05 then 'Demande complexe' end as extension_reason,
         case when current_date - d.received_on > 90 then (case when d.u_status < 0.97 then 'CLOSED' else 'ANSWERED' end)
              else (case when d.u_status < 0.3 then 'RECEIVED' when d.u_status < 0.6 then 'IN_PROGRESS' when d.u_status < 0.8 then 'ANSWERED' else 'CLOSED' end) end as status,
         case when d.u_out < 0.85 then 'GRANTED' when d.u_out < 0.95 then 'PARTLY_GRANTED' else 'REFUSED' end as outcome,
         case when current_date - d.received_on > 90 or d.u_status >= 0.6 then least(d.received_on + (5 + floor(d.u_delay * 35))::int, current_date) end as answered_on,
         case when (current_date - d.received_on > 90 and d.u_status < 0.97) or (current_date - d.received_on <= 90 and d.u_status >= 0.8)
              then least(d.received_on + (10 + floor(d.u_delay * 40))::int, current_date) end as closed_on
  from (
    select n, current_date - floor(random() * 1095)::int as received_on, random() as u_rel, random() as u_chan, random() as u_rights, random() as u_ext,
           random() as u_status, random() as u_out, random() as u_delay,
           (select name from bench_first_names where k = 1 + (n * 3) % 40) as af, (select name from bench_last_names where k = 1 + (n * 7) % 50) as al,
           (select name from bench_first_names where k = 1 + (n * 11) % 40) as sf, (select name from bench_last_names where k = 1 + (n * 13) % 50) as sl
    from generate_series(1, 100000) n
  ) d
) y) x
order by x.received_on, x.n;

insert into data_subject_request_counter (year, last_number)
select extract(year from received_on)::int, count(*) from data_subject_request group by 1;
