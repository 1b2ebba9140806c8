-- Publication directors: the current one for ~85 % of open schools (mostly the school director), a
-- previous period for ~30 % of those, an ended period for some schools without a current one; the
-- référent ville of ~60 % of the communes that have schools. Periods never overlap (exclusion constraints)
-- and no period starts in the future, so "current" = the open period.
select setseed(0.202);

create temp table bench_director_draw as
select k, random() as u_has, random() as u_start, random() as u_fn, random() as u_hist, random() as u_len, random() as u_civ
from generate_series(1, (select count(*) from bench_school_list)) k;

analyze bench_director_draw;

create temp table bench_director_plan as
select s.uai, s.status, d.*, current_date - (30 + floor(d.u_start * 2000))::int as current_start
from bench_school_list s join bench_director_draw d using (k);

analyze bench_director_plan;

insert into publication_director_assignment (created_at, updated_at, school_uai, commune_insee_code, civility, first_name, last_name, email, function,
                                             justification, start_date, end_date, end_reason, charter_acknowledged_on)
-- current periods
select p.current_start::timestamptz, p.current_start::timestamptz, p.uai, null,
       case when p.u_civ < 0.7 then 'MADAME' else 'MONSIEUR' end, f.name, l.name,
       lower(f.name || '.' || l.name) || (p.k % 89)::text || '@ac-bench.fr',
       case when p.u_fn < 0.85 then 'SCHOOL_DIRECTOR' when p.u_fn < 0.97 then 'INTERIM_DIRECTOR' else 'OTHER' end,
       case when p.u_fn >= 0.97 then 'Directeur en conge : adjoint designe par l IEN' end,
       p.current_start, null, null, case when p.u_hist < 0.8 then p.current_start + 7 end
from bench_director_plan p
join bench_first_names f on f.k = 1 + (p.k * 3) % 40
join bench_last_names l on l.k = 1 + (p.k * 5) % 50
where p.status = 'OPEN' and p.u_has < 0.85
union all
-- the period before the current one
select (p.current_start - (200 + floor(p.u_len * 1500))::int)::timestamptz, p.current_start::timestamptz, p.uai, null,
       case when p.u_civ < 0.5 then 'MADAME' else 'MONSIEUR' end, f.name, l.name,
       lower(f.name || '.' || l.name) || (p.k % 83)::text || '@ac-bench.fr', 'SCHOOL_DIRECTOR', null,
       p.current_start - (200 + floor(p.u_len * 1500))::int, p.current_start - 1, 'Depart de l ecole',
       p.current_start - (200 + floor(p.u_len * 1500))::int + 10
from bench_director_plan p
join bench_first_names f on f.k = 1 + (p.k * 7) % 40
join bench_last_names l on l.k = 1 + (p.k * 11) % 50
where p.status = 'OPEN' and p.u_has < 0.85 and p.u_hist < 0.30
union all
-- an ended period, no director today
select (p.current_start - 400)::timestamptz, p.current_start::timestamptz, p.uai, null, 'MADAME', f.name, l.name,
       lower(f.name || '.' || l.name) || (p.k % 79)::text || '@ac-bench.fr', 'SCHOOL_DIRECTOR', null,
       p.current_start - 400, p.current_start, 'Depart sans successeur connu', null
from bench_director_plan p
join bench_first_names f on f.k = 1 + (p.k * 13) % 40
join bench_last_names l on l.k = 1 + (p.k * 17) % 50
where (p.status = 'CLOSED' or p.u_has >= 0.85) and p.u_hist < 0.35;

insert into publication_director_assignment (created_at, updated_at, school_uai, commune_insee_code, civility, first_name, last_name, email, function,
                                             justification, start_date, end_date, end_reason, charter_acknowledged_on)
select now() - interval '2 years', now() - interval '2 years', null, c.insee_code,
       case when c.k % 3 = 0 then 'MONSIEUR' else 'MADAME' end, f.name, l.name,
       lower(f.name || '.' || l.name) || '@mairie-' || lower(c.insee_code) || '.fr', 'CITY_REFERENT', null,
       current_date - (60 + (c.k * 37) % 1500)::int, null, null, null
from bench_commune_list c
join bench_first_names f on f.k = 1 + (c.k * 19) % 40
join bench_last_names l on l.k = 1 + (c.k * 23) % 50
where (c.k * 7919) % 100 < 60;
