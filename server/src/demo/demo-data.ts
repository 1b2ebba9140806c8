import type { Config } from '../config.js';
import type { EntityManager, Orm } from '../database/orm.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { searchable } from '../common/text.js';
import type { Logger } from '../logger.js';
import { SchoolKind } from '../schools/school.enums.js';
import { uaiOf } from '../schools/uai.rules.js';
import { loadDemoConventions } from './demo-conventions.js';
import { loadDemoDataRequests } from './demo-data-requests.js';
import { AGNES_GELLY, LES_FONTANILLES, LESCURE_ELEMENTAIRE, LESCURE_MATERNELLE, type SourceSchool } from './source-documents.js';
import { ensureDemoPublicationDirectors } from './demo-publication-directors.js';

/**
 * Development data: demo circonscriptions (their names say "démo") holding the source documents'
 * schools, and a few dozen made-up schools in the largest communes of each served département, so that
 * lists, filters and pages have something to show (their publication directors: demo-publication-directors.ts),
 * then the source documents' conventions. Inserted only where missing: what a developer changed stays
 * changed. Refused in production.
 */
export const DEMO_CIRCONSCRIPTIONS = [
  { code: 'DEMO-34-PSL', name: 'Pic Saint-Loup (démo)', departmentCode: '34', ienName: 'Mme Claire Martin (démo)' },
  { code: 'DEMO-81-ALB', name: 'Albi Nord (démo)', departmentCode: '81', ienName: 'M. Paul Roux (démo)' },
  { code: 'DEMO-34-MTP', name: 'Montpellier Centre (démo)', departmentCode: '34', ienName: 'Mme Inès Garcia (démo)' },
  { code: 'DEMO-31-TLS', name: 'Toulouse Nord (démo)', departmentCode: '31', ienName: 'M. Hugo Blanc (démo)' },
  { code: 'DEMO-30-NIM', name: 'Nîmes Est (démo)', departmentCode: '30', ienName: 'Mme Léa Faure (démo)' },
  { code: 'DEMO-66-PER', name: 'Perpignan Sud (démo)', departmentCode: '66', ienName: 'M. Jordi Vidal (démo)' },
] as const;

const SOURCE_SCHOOLS: Array<[SourceSchool, string]> = [
  [AGNES_GELLY, 'DEMO-34-PSL'], [LES_FONTANILLES, 'DEMO-34-PSL'], [LESCURE_MATERNELLE, 'DEMO-81-ALB'], [LESCURE_ELEMENTAIRE, 'DEMO-81-ALB'],
];

const KINDS = [SchoolKind.MATERNELLE, SchoolKind.ELEMENTAIRE, SchoolKind.PRIMAIRE];
const KIND_LABEL: Record<SchoolKind, string> = { MATERNELLE: 'maternelle', ELEMENTAIRE: 'élémentaire', PRIMAIRE: 'primaire' };
const SCHOOL_PATRONS = ['Jean Jaurès', 'Jules Ferry', 'Marie Curie', 'Louise Michel', 'Victor Hugo', 'Les Oliviers', 'Jean Moulin', 'Simone Veil'];

export async function loadDemoData(orm: Orm, config: Config, logger: Logger): Promise<void> {
  if (config.env === 'production') throw new Error('Demo data is refused in production.');
  const em = orm.em.fork() as EntityManager;
  await em.transactional(async (tx) => {
    const db = sqlBuilder(tx);
    const now = new Date();
    await rows(tx, db.insertInto('circonscription').values(DEMO_CIRCONSCRIPTIONS.map((c) => ({
      code: c.code, name: c.name, search_name: searchable(c.name), department_code: c.departmentCode, ien_name: c.ienName, created_at: now, updated_at: now,
    }))).onConflict((oc) => oc.column('code').doNothing()));
    const circonscriptionId = new Map((await rows<{ id: number; code: string }>(tx, db.selectFrom('circonscription').select(['id', 'code']).where('code', 'like', 'DEMO-%'))).map((c) => [c.code, c.id]));

    const schools = SOURCE_SCHOOLS.map(([school, circonscription]) => ({ ...school, circonscriptionCode: circonscription }));
    for (const circonscription of DEMO_CIRCONSCRIPTIONS) {
      const communes = await rows<{ inseeCode: string; name: string }>(tx, db.selectFrom('commune').select(['insee_code as inseeCode', 'name'])
        .where('department_code', '=', circonscription.departmentCode).orderBy('population', 'desc').orderBy('insee_code').limit(4));
      communes.forEach((commune, c) => {
        for (let k = 0; k < 2; k++) {
          const kind = KINDS[(c + k) % KINDS.length]!;
          const number = Number(`${circonscription.departmentCode.padStart(3, '0')}9${String(schools.length).padStart(3, '0')}`);
          schools.push({
            uai: uaiOf(number), kind, communeInseeCode: commune.inseeCode, departmentCode: circonscription.departmentCode, circonscriptionCode: circonscription.code,
            name: `École ${KIND_LABEL[kind]} publique ${SCHOOL_PATRONS[(c * 2 + k) % SCHOOL_PATRONS.length]} (${commune.name})`,
          });
        }
      });
    }
    await rows(tx, db.insertInto('school').values(schools.map((s) => ({
      uai: s.uai, name: s.name, search_name: searchable(s.name), kind: s.kind, sector: 'PUBLIC', status: 'OPEN',
      commune_insee_code: s.communeInseeCode, department_code: s.departmentCode, circonscription_id: circonscriptionId.get(s.circonscriptionCode) ?? null,
      version: 1, created_at: now, updated_at: now,
    }))).onConflict((oc) => oc.column('uai').doNothing()));
    await ensureDemoPublicationDirectors(tx, now);
    logger.debug({ schools: schools.length }, 'demo data ensured');
  });
  await loadDemoConventions(em);
  await loadDemoDataRequests(orm);
}
