import type { EntityManager, Orm } from '../database/orm.js';
import { recordAudit } from '../audit/audit.service.js';
import { execute, rows, sqlBuilder, toBool } from '../common/sql.js';
import { planCommuneRefresh, type CommuneState } from './commune-refresh.rules.js';
import { communeRow, territoryRows, upsert, type ReferenceSource } from './reference-data.js';

export interface MergedCommuneReport {
  inseeCode: string;
  name: string;
  into: string | null;
  /** Its schools, left where they are: someone decides where each one goes. */
  schools: Array<{ uai: string; name: string; status: string }>;
}

export interface ReferenceRefreshReport {
  added: number;
  updated: number;
  renamed: Array<{ inseeCode: string; from: string; to: string }>;
  merged: MergedCommuneReport[];
}

/**
 * Brings the base's communes up to a newer reference (`@etalab/decoupage-administratif`): the served
 * territory, or all of France (`national`). In one transaction; `dryRun` reports without writing. Merged
 * communes keep their row (inactive, `merged_into_insee_code`), and their schools are listed, not moved.
 */
export async function refreshReference(orm: Orm, source: ReferenceSource, options: { national: boolean; dryRun: boolean; now: Date }): Promise<ReferenceRefreshReport> {
  const territory = territoryRows(source, options.national);
  const departments = new Set(territory.departments.map((d) => d.code));
  return (orm.em.fork() as EntityManager).transactional(async (em) => {
    const db = sqlBuilder(em);
    const base = (await rows<Record<string, unknown>>(em, db.selectFrom('commune').select([
      'insee_code as inseeCode', 'name', 'department_code as departmentCode', 'siren', 'postal_codes as postalCodes', 'population', 'active',
      'merged_into_insee_code as mergedIntoInseeCode',
    ]).where('department_code', 'in', [...departments]))).map((row) => ({ ...row, active: toBool(row.active) }) as CommuneState);
    const plan = planCommuneRefresh(base, source.communes, departments);
    if (!options.dryRun) {
      await upsert(em, 'academy', 'code', territory.academies);
      await upsert(em, 'department', 'code', territory.departments);
      const changed = [...plan.added, ...plan.updated.map((u) => u.record)].map((c) => ({ ...communeRow(c), active: true, merged_into_insee_code: null }));
      if (changed.length) await upsert(em, 'commune', 'insee_code', changed);
      for (const merged of plan.merged) {
        await execute(em, db.updateTable('commune').set({ active: false, merged_into_insee_code: merged.into }).where('insee_code', '=', merged.inseeCode));
      }
      recordAudit(em, { user: null, requestId: null, now: options.now }, {
        operation: 'refreshReference', targetType: 'Commune',
        changes: { added: [null, plan.added.map((c) => c.code)], updated: [null, plan.updated.length], merged: [null, plan.merged.map((m) => `${m.inseeCode}→${m.into ?? '?'}`)] },
      });
    }
    const schools = plan.merged.length
      ? await rows<{ uai: string; name: string; status: string; communeInseeCode: string }>(em, db.selectFrom('school')
        .select(['uai', 'name', 'status', 'commune_insee_code as communeInseeCode']).where('commune_insee_code', 'in', plan.merged.map((m) => m.inseeCode)).orderBy('uai'))
      : [];
    return {
      added: plan.added.length,
      updated: plan.updated.length,
      renamed: plan.renamed,
      merged: plan.merged.map((m) => ({ ...m, schools: schools.filter((s) => s.communeInseeCode === m.inseeCode).map(({ communeInseeCode: _, ...s }) => s) })),
    };
  });
}
