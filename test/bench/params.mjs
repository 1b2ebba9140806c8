// The parameters of the shapes, chosen in the loaded data (deterministic for a given load).
import pg from 'pg';
import { PAGE } from './shapes.mjs';
import { BENCH_USER } from './dataset/load.mjs';

export async function chooseParams(benchUrl) {
  const client = new pg.Client({ connectionString: benchUrl });
  await client.connect();
  try {
    const one = async (sql, values = []) => (await client.query(sql, values)).rows[0];
    // The largest département (most schools): Q2 (first and last page) and Q4.
    const largest = await one(`select department_code as code, count(*)::int as n from school group by 1 order by 2 desc, 1 limit 1`);
    const academy = await one(`select a.code, a.name from department d join academy a on a.code = d.academy_code where d.code = $1`, [largest.code]);
    // Q1: the first open school of that département (by UAI) with a circonscription and a current publication director.
    const school = await one(`select s.uai from school s
      where s.department_code = $1 and s.status = 'OPEN' and s.circonscription_id is not null
        and exists (select 1 from publication_director_assignment a where a.school_uai = s.uai and a.end_date is null)
      order by s.uai limit 1`, [largest.code]);
    const year = await one(`select y::text || '-' || (y + 1)::text as school_year
      from (select extract(year from current_date)::int - case when extract(month from current_date) >= 9 then 0 else 1 end as y) t`);
    return {
      departmentCode: largest.code, departmentSchools: largest.n, lastOffset: Math.floor((largest.n - 1) / PAGE) * PAGE,
      academyCode: academy.code, academyName: academy.name, uai: school.uai, schoolYear: year.school_year,
      email: BENCH_USER.email, password: BENCH_USER.password,
    };
  } finally {
    await client.end();
  }
}
