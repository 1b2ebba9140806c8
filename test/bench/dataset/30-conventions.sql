-- Campaigns (every académie × 3 school years, 45 € per school) and conventions: for each year, ~85 % of
-- the communes paying for open public schools have one (one commune = one payer: no groupings), with all
-- those schools enrolled. Past years are over (end date passed): mostly EXPIRED, a few cancelled or never
-- signed; the current year is spread over the workflow. Signed conventions have a council deliberation and
-- most a revenue order (paid or not). No amendments.
select setseed(0.303);

insert into convention_campaign (created_at, updated_at, school_year, academy_code, unit_price_cents, convention_end_date, signatory_name,
                                 signatory_title, data_controller_wording)
select y.starts_on - 60, y.starts_on - 60, y.school_year, a.code, 4500, y.ends_on, 'Recteur ' || a.code,
       'recteur de la ' || a.region_name, 'la ' || a.region_name
from bench_years y cross join academy a
order by y.y, a.code;

create temp table bench_paying as
select s.commune_insee_code as insee_code, count(*) as schools
from school s where s.status = 'OPEN' and s.sector = 'PUBLIC'
group by s.commune_insee_code;

analyze bench_paying;

create temp table bench_convention_draw as
select y.y, y.school_year, y.starts_on, y.ends_on, y.is_current, p.insee_code, p.schools,
       random() as u_has, random() as u_status, random() as u_sent, random() as u_sign, random() as u_pay
from bench_years y cross join (select * from bench_paying order by insee_code) p
order by y.y, p.insee_code;

analyze bench_convention_draw;

create temp table bench_convention_plan as
select d.*,
       case when d.is_current then
              case when d.u_status < 0.20 then 'DRAFT' when d.u_status < 0.50 then 'SENT' when d.u_status < 0.65 then 'DELIBERATED'
                   when d.u_status < 0.95 then 'SIGNED' else 'CANCELLED' end
            else
              case when d.u_status < 0.90 then 'EXPIRED' when d.u_status < 0.94 then 'CANCELLED' when d.u_status < 0.96 then 'DRAFT'
                   when d.u_status < 0.98 then 'SENT' else 'DELIBERATED' end
       end as status,
       least(d.starts_on + (10 + floor(d.u_sent * 50))::int, current_date - 3) as sent_on
from bench_convention_draw d
where d.u_has < case when d.is_current then 0.80 else 0.85 end;

analyze bench_convention_plan;

insert into convention (created_at, updated_at, school_year, commune_insee_code, department_code, search_name, status, unit_price_cents, amount_cents,
                        ends_on, sent_on, commune_signed_on, academy_signed_on, cancelled_on, cancellation_reason, version)
select (p.starts_on - 20)::timestamptz, (p.sent_on)::timestamptz, p.school_year, p.insee_code, c.department_code, c.search_name, p.status, 4500,
       4500 * p.schools, p.ends_on,
       case when p.status <> 'DRAFT' then p.sent_on end,
       case when p.status in ('SIGNED', 'EXPIRED') then least(p.sent_on + (20 + floor(p.u_sign * 40))::int, current_date - 2) end,
       case when p.status in ('SIGNED', 'EXPIRED') then least(p.sent_on + (25 + floor(p.u_sign * 40))::int, current_date - 1) end,
       case when p.status = 'CANCELLED' then p.sent_on + 5 end,
       case when p.status = 'CANCELLED' then 'Ecoles rattachees a une autre commune' end,
       1
from bench_convention_plan p join commune c on c.insee_code = p.insee_code
order by p.y, p.insee_code;

insert into convention_school (convention_id, school_uai, school_year, amendment_id, withdrawn_on)
select c.id, s.uai, c.school_year, null, c.cancelled_on
from convention c join school s on s.commune_insee_code = c.commune_insee_code and s.status = 'OPEN' and s.sector = 'PUBLIC'
order by c.id, s.uai;

insert into council_deliberation (created_at, updated_at, convention_id, meeting_date, number, members_in_office, present, represented, absent, voters,
                                  votes_for, votes_against, abstentions, blank_or_spoilt, secret_ballot, second_convocation, first_meeting_date,
                                  president_vote, secretary, adopted, quorum_reached, actes_id, transmitted_on, received_on, published_on, scan_file_id)
select c.sent_on::timestamptz + interval '12 days', c.sent_on::timestamptz + interval '12 days', c.id, c.sent_on + 10,
       (c.id % 90 + 1)::text || '/' || extract(year from c.sent_on + 10)::text, 19, 15, 2, 2, 17, 17, 0, 0, null, false, false, null,
       null, 'Secretaire de seance', true, true, null, c.sent_on + 11, c.sent_on + 11, c.sent_on + 12, null
from convention c where c.status in ('DELIBERATED', 'SIGNED', 'EXPIRED')
order by c.id;

insert into convention_payment (created_at, updated_at, convention_id, amendment_id, school_year, department_code, amount_cents, issued_on, reference,
                                due_on, paid_on, version)
select x.issued_on::timestamptz, x.issued_on::timestamptz, x.id, null, x.school_year, x.department_code, x.amount_cents, x.issued_on,
       'TR-' || x.school_year || '-' || x.id, x.issued_on + 30,
       case when x.u_pay < 0.68 and x.issued_on + 10 + floor(x.u_pay * 40)::int < current_date then x.issued_on + 10 + floor(x.u_pay * 40)::int end,
       1
from (
  select c.*, p.u_pay, least(c.academy_signed_on + 15, current_date) as issued_on
  from convention c join bench_convention_plan p on p.insee_code = c.commune_insee_code and p.school_year = c.school_year
  where c.status in ('SIGNED', 'EXPIRED') and p.u_pay < 0.85
) x
order by x.id;
