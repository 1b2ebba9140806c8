-- Circonscriptions (17 per département, 1,717) and 50,000 schools spread over the real communes with a
-- weight of population^0.85 (Paris gets ~670 schools, as in reality; ~16,000 communes get at least one).
select setseed(0.101);

insert into circonscription (created_at, updated_at, code, name, search_name, department_code, ien_name)
select now() - interval '4 years', now() - interval '4 years',
       'C' || d.code || '-' || lpad(g::text, 2, '0'),
       'Circonscription ' || d.code || '-' || lpad(g::text, 2, '0'),
       'circonscription ' || lower(d.code) || ' ' || lpad(g::text, 2, '0'),
       d.code,
       (select f.name from bench_first_names f where f.k = 1 + (g * 11 + ascii(d.code)) % 40) || ' ' ||
       (select l.name from bench_last_names l where l.k = 1 + (g * 17 + ascii(right(d.code, 1))) % 50)
from department d cross join generate_series(1, 17) g
order by d.code, g;

create temp table bench_commune_weight as
with w as (
  select insee_code, department_code, search_name, nullif(split_part(postal_codes, ' ', 1), '') as postal_code,
         power(greatest(coalesce(population, 1), 1), 0.85) as w
  from commune where active
)
select insee_code, department_code, search_name, postal_code,
       (sum(w) over (order by insee_code) / sum(w) over ())::float8 as hi
from w;

analyze bench_commune_weight;
create index on bench_commune_weight (hi);

create temp table bench_school_draw as
select n, random() as u_commune, random() as u_kind, random() as u_sector, random() as u_status, random() as u_circ,
          random() as u_name, random() as u_director, random() as u_created, random() as u_misc
from generate_series(1, 50000) n;

analyze bench_school_draw;

create temp table bench_school as
with placed as (
  select d.*, cw.insee_code, cw.department_code, cw.postal_code
  from bench_school_draw d
  cross join lateral (select * from bench_commune_weight cw where cw.hi > d.u_commune order by cw.hi limit 1) cw
), numbered as (
  select p.*, row_number() over (partition by p.department_code order by p.n) as seq,
         case p.department_code when '2A' then '620' when '2B' then '720' else lpad(p.department_code, 3, '0') end as dept3
  from placed p
)
select x.*, x.digits || substr('ABCDEFGHJKLMNPRSTUVWXYZ', (x.digits::int % 23) + 1, 1) as uai
from (select numbered.*, dept3 || lpad(seq::text, 4, '0') as digits from numbered) x;

analyze bench_school;

insert into school (uai, created_at, updated_at, name, search_name, kind, sector, status, closed_on, commune_insee_code, department_code,
                    circonscription_id, address, postal_code, email, phone, director_name, director_email, version)
select b.uai, b.created_at, b.created_at + (now() - b.created_at) * b.u_misc,
       b.name, lower(b.name), b.kind, b.sector,
       case when b.u_status < 0.02 then 'CLOSED' else 'OPEN' end,
       case when b.u_status < 0.02 then current_date - (30 + (b.u_status * 50000)::int) end,
       b.insee_code, b.department_code, ci.id,
       (1 + b.n % 140)::text || ' rue de l ecole', b.postal_code,
       'ce.' || lower(b.uai) || '@ac-bench.fr',
       '0' || (1 + b.n % 5)::text || lpad(((b.n * 7919) % 100000000)::text, 8, '0'),
       case when b.u_director < 0.95 then f.name || ' ' || l.name end,
       case when b.u_director < 0.95 then lower(f.name || '.' || l.name) || (b.n % 97)::text || '@ac-bench.fr' end,
       1
from (
  select s.*,
         now() - interval '6 years' + s.u_created * interval '3 years' as created_at,
         case when s.u_kind < 0.30 then 'MATERNELLE' when s.u_kind < 0.65 then 'ELEMENTAIRE' else 'PRIMAIRE' end as kind,
         case when s.u_sector < 0.10 then 'PRIVATE' else 'PUBLIC' end as sector,
         'Ecole ' || case when s.u_kind < 0.30 then 'maternelle' when s.u_kind < 0.65 then 'elementaire' else 'primaire' end
           || case when s.u_sector < 0.10 then ' privee ' else ' publique ' end
           || p.name as name
  from bench_school s join bench_patrons p on p.k = 1 + floor(s.u_name * 50)::int
) b
left join circonscription ci on b.u_circ < 0.99 and ci.code = 'C' || b.department_code || '-' || lpad((1 + floor(b.u_circ * 17))::int::text, 2, '0')
join bench_first_names f on f.k = 1 + (b.n * 31) % 40
join bench_last_names l on l.k = 1 + (b.n * 37) % 50
order by b.n;

-- Handy lists for the later files: every school by ordinal, and the communes that have schools.
create temp table bench_school_list as
select row_number() over (order by uai) as k, uai, commune_insee_code, department_code, circonscription_id, status, sector from school;
create unique index on bench_school_list (k);
analyze bench_school_list;
create temp table bench_commune_list as
select row_number() over (order by insee_code) as k, insee_code, department_code
from commune where insee_code in (select commune_insee_code from school);

analyze bench_commune_list;
create unique index on bench_commune_list (k);
