-- Session set-up for the generated data: run by dataset/load.mjs on ONE connection, in order, after the
-- product's own CLI has migrated the database and loaded the national reference (academies, départements,
-- ~35,000 communes). Temporary tables created here are used by the later files of the same session.
-- Everything is relative to the day of the load (current_date): "open" incidents are recent, the current
-- school year is the one running today. Random draws come from setseed() + random() evaluated in
-- generate_series order only (materialised draw tables), so a given day's load is reproducible.
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set synchronous_commit = off;

-- Names without accents, so that search_name (lower case, no accents: common/text.ts searchable()) is
-- simply lower(name).
create temp table bench_first_names as
select row_number() over () as k, v as name from unnest(array[
  'Marie','Jean','Nathalie','Pierre','Isabelle','Michel','Sylvie','Philippe','Catherine','Alain','Sandrine','Nicolas','Valerie',
  'Christophe','Stephanie','Laurent','Celine','Olivier','Sophie','Eric','Aurelie','Thomas','Julie','David','Emilie','Sebastien',
  'Caroline','Frederic','Claire','Julien','Anne','Vincent','Laure','Guillaume','Helene','Mathieu','Agnes','Benoit','Camille','Yves'
]) v;
create temp table bench_last_names as
select row_number() over () as k, v as name from unnest(array[
  'Martin','Bernard','Thomas','Petit','Robert','Richard','Durand','Dubois','Moreau','Laurent','Simon','Michel','Lefebvre','Leroy',
  'Roux','David','Bertrand','Morel','Fournier','Girard','Bonnet','Dupont','Lambert','Fontaine','Rousseau','Vincent','Muller',
  'Lefevre','Faure','Andre','Mercier','Blanc','Guerin','Boyer','Garnier','Chevalier','Francois','Legrand','Gauthier','Garcia',
  'Perrin','Robin','Clement','Morin','Nicolas','Henry','Roussel','Mathieu','Gautier','Masson'
]) v;

analyze bench_last_names;
create temp table bench_patrons as
select row_number() over () as k, v as name from unnest(array[
  'Jules Ferry','Jean Jaures','Victor Hugo','Jacques Prevert','Jean Moulin','Louis Pasteur','Marie Curie','Paul Bert','Jean de La Fontaine',
  'Antoine de Saint Exupery','Jean Mace','Georges Brassens','Simone Veil','Condorcet','Anatole France','Albert Camus','Les Tilleuls',
  'Le Bourg','Les Platanes','Les Lilas','Les Acacias','Les Pins','Le Centre','Jean Zay','Marcel Pagnol','Jean Rostand','Paul Langevin',
  'Louise Michel','Frederic Mistral','Charles Perrault','Lucie Aubrac','Jean Monnet','Alphonse Daudet','Robert Desnos','Paul Eluard',
  'Arthur Rimbaud','Jules Verne','Claude Monet','Les Ecureuils','La Source','Les Marronniers','Pierre Perret','Rosa Parks','Nelson Mandela',
  'Olympe de Gouges','Joliot Curie','Jean Giono','Andre Malraux','Camille Claudel','Le Petit Prince'
]) v;

analyze bench_patrons;
create unique index on bench_first_names (k);
analyze bench_first_names;
create unique index on bench_last_names (k);
create unique index on bench_patrons (k);

-- The three school years: the one running today and the two before.
create temp table bench_years as
select y, y::text || '-' || (y + 1)::text as school_year, make_date(y, 9, 1) as starts_on, make_date(y + 1, 10, 31) as ends_on, (y = cy) as is_current
from (select extract(year from current_date)::int - case when extract(month from current_date) >= 9 then 0 else 1 end as cy) c,
     generate_series(c.cy - 2, c.cy) y;
analyze bench_years;

-- Support agents (assignees of incidents, authors of audit entries): 60 SUPPORT accounts that cannot sign in.
insert into app_user (created_at, updated_at, email, display_name, password_hash, active)
select now() - interval '4 years', now() - interval '4 years', 'agent' || lpad(n::text, 2, '0') || '@bench.ent-ecole.invalid',
       f.name || ' ' || l.name, '!bench-no-password', true
from generate_series(1, 60) n
join bench_first_names f on f.k = 1 + (n * 7) % 40
join bench_last_names l on l.k = 1 + (n * 13) % 50;
insert into user_grant (user_id, role, scope_level, scope_code)
select id, 'SUPPORT', 'REGION', '76' from app_user where email like 'agent%@bench.ent-ecole.invalid';
create temp table bench_agents as
select row_number() over (order by id) as k, id, email from app_user where email like 'agent%@bench.ent-ecole.invalid';

analyze bench_agents;
create unique index on bench_agents (k);

-- Bulk loading of the two big tables: their secondary indexes and foreign keys are dropped before the
-- insert and recreated afterwards from the definitions PostgreSQL itself printed (pg_get_constraintdef,
-- pg_indexes), with the same names: the schema ends exactly as the migrations made it, but one index build
-- and one validation join replace two million index insertions and eight million trigger calls.
create temp table bench_saved_ddl (tbl text, kind text, name text, ddl text, position serial);

create function pg_temp.bench_detach(t text) returns void language plpgsql as $$
declare r record;
begin
  insert into bench_saved_ddl (tbl, kind, name, ddl)
  select t, 'index', i.indexname, i.indexdef from pg_indexes i
  where i.schemaname = 'public' and i.tablename = t
    and i.indexname not in (select conname from pg_constraint where conrelid = t::regclass);
  insert into bench_saved_ddl (tbl, kind, name, ddl)
  select t, 'constraint', c.conname, pg_get_constraintdef(c.oid) from pg_constraint c
  where c.conrelid = t::regclass and c.contype in ('f', 'u');
  for r in select * from bench_saved_ddl where tbl = t and kind = 'constraint' loop
    execute format('alter table %I drop constraint %I', t, r.name);
  end loop;
  for r in select * from bench_saved_ddl where tbl = t and kind = 'index' loop
    execute format('drop index %I', r.name);
  end loop;
end $$;

create function pg_temp.bench_reattach(t text) returns void language plpgsql as $$
declare r record;
begin
  for r in select * from bench_saved_ddl where tbl = t and kind = 'index' order by position loop
    execute r.ddl;
  end loop;
  for r in select * from bench_saved_ddl where tbl = t and kind = 'constraint' order by position loop
    execute format('alter table %I add constraint %I %s', t, r.name, r.ddl);
  end loop;
  delete from bench_saved_ddl where tbl = t;
end $$;
