import { changesBetween, type Changes } from '../audit/audit.service.js';
import type { CommuneRecord } from './reference-data.js';

/** A commune as the base holds it, under the names the refresh compares. */
export type CommuneState = {
  inseeCode: string;
  name: string;
  departmentCode: string;
  siren: string | null;
  postalCodes: string;
  population: number | null;
  active: boolean;
  mergedIntoInseeCode: string | null;
};

export interface CommuneRefreshPlan {
  added: CommuneRecord[];
  /** Every commune whose reference fields changed (renamed ones included), or that came back. */
  updated: Array<{ record: CommuneRecord; changes: Changes }>;
  renamed: Array<{ inseeCode: string; from: string; to: string }>;
  /** No longer a current commune: kept, inactive, pointing to the commune nouvelle that absorbed it. */
  merged: Array<{ inseeCode: string; name: string; into: string | null }>;
}

const fieldsOf = (record: CommuneRecord) => ({
  name: record.nom, departmentCode: record.departement, siren: record.siren ?? null, postalCodes: (record.codesPostaux ?? []).join(' '),
  population: record.population ?? null, active: true, mergedIntoInseeCode: null,
});

/**
 * The successor of each former commune: a delegated or associated commune names its commune nouvelle
 * (`chefLieu`), and a commune nouvelle lists the codes it absorbed (`anciensCodes`). Followed to a current
 * commune, in case of successive mergers.
 */
function successors(reference: readonly CommuneRecord[], current: ReadonlyMap<string, CommuneRecord>): (code: string) => string | null {
  const next = new Map<string, string>();
  for (const record of reference) {
    if (record.type === 'commune-actuelle') for (const old of record.anciensCodes ?? []) if (old !== record.code) next.set(old, record.code);
  }
  for (const record of reference) if (record.chefLieu && record.chefLieu !== record.code && !current.has(record.code)) next.set(record.code, record.chefLieu);
  return (code) => {
    let at: string | undefined = next.get(code);
    for (let hops = 0; at && !current.has(at) && hops < 10; hops++) at = next.get(at);
    return at && current.has(at) ? at : null;
  };
}

/**
 * Compares the base's communes of some départements with a newer reference: new communes are added,
 * changed ones updated (renames listed), and communes that left the list of current communes are marked
 * merged into their successor, never deleted (schools, conventions and history point to them).
 */
export function planCommuneRefresh(base: readonly CommuneState[], reference: readonly CommuneRecord[], departments: ReadonlySet<string>): CommuneRefreshPlan {
  const current = new Map(reference.filter((r) => r.type === 'commune-actuelle' && departments.has(r.departement)).map((r) => [r.code, r]));
  const successorOf = successors(reference, current);
  const known = new Map(base.map((c) => [c.inseeCode, c]));
  const plan: CommuneRefreshPlan = { added: [], updated: [], renamed: [], merged: [] };
  for (const record of current.values()) {
    const commune = known.get(record.code);
    if (!commune) {
      plan.added.push(record);
      continue;
    }
    const { inseeCode: _code, ...held } = commune;
    const changes = changesBetween(held, fieldsOf(record));
    if (!Object.keys(changes).length) continue;
    plan.updated.push({ record, changes });
    if (changes.name) plan.renamed.push({ inseeCode: record.code, from: commune.name, to: record.nom });
  }
  for (const commune of base) {
    if (commune.active && departments.has(commune.departmentCode) && !current.has(commune.inseeCode)) {
      plan.merged.push({ inseeCode: commune.inseeCode, name: commune.name, into: successorOf(commune.inseeCode) });
    }
  }
  return plan;
}
