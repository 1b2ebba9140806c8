import type { EntityManager } from '../database/orm.js';
import { searchable } from '../common/text.js';
import { Circonscription } from '../territory/circonscription.entity.js';
import { Commune } from '../territory/commune.entity.js';
import { Department } from '../territory/department.entity.js';
import { School } from './school.entity.js';
import { SchoolKind, SchoolSector } from './school.enums.js';
import { uaiOf } from './uai.rules.js';
import * as SOURCE from '../demo/source-documents.js';

export { LESCURE, SAINT_MATHIEU } from '../demo/source-documents.js';
export const AGNES_GELLY = SOURCE.AGNES_GELLY.uai;
export const LES_FONTANILLES = SOURCE.LES_FONTANILLES.uai;

export interface SchoolScenario {
  picSaintLoup: number;
  albiNord: number;
}

export async function seedCirconscription(em: EntityManager, code: string, name: string, departmentCode: string): Promise<Circonscription> {
  const circonscription = em.create(Circonscription, {
    code, name, searchName: searchable(name), department: em.getReference(Department, departmentCode), ienName: 'IEN de test',
  });
  await em.flush();
  return circonscription;
}

export async function seedSchool(em: EntityManager, school: { uai: string; name: string; kind: SchoolKind; communeInseeCode: string; departmentCode: string; circonscriptionId?: number | null; sector?: SchoolSector }): Promise<void> {
  em.create(School, {
    uai: school.uai,
    name: school.name,
    searchName: searchable(school.name),
    kind: school.kind,
    sector: school.sector ?? SchoolSector.PUBLIC,
    commune: em.getReference(Commune, school.communeInseeCode),
    departmentCode: school.departmentCode,
    circonscription: school.circonscriptionId ? em.getReference(Circonscription, school.circonscriptionId) : null,
  });
}

/** Saint-Mathieu-de-Tréviers' two schools (2022 convention) and Lescure-d'Albigeois' two (2023 deliberation). */
export async function seedSourceSchools(em: EntityManager): Promise<SchoolScenario> {
  const picSaintLoup = await seedCirconscription(em, 'T-34-PSL', 'Pic Saint-Loup', '34');
  const albiNord = await seedCirconscription(em, 'T-81-ALB', 'Albi Nord', '81');
  for (const school of [SOURCE.AGNES_GELLY, SOURCE.LES_FONTANILLES]) await seedSchool(em, { ...school, circonscriptionId: picSaintLoup.id });
  for (const school of [SOURCE.LESCURE_MATERNELLE, SOURCE.LESCURE_ELEMENTAIRE]) await seedSchool(em, { ...school, circonscriptionId: albiNord.id });
  await em.flush();
  return { picSaintLoup: picSaintLoup.id, albiNord: albiNord.id };
}

/** `count` more schools in Hérault communes, for pagination and statement-count tests. */
export async function seedManySchools(em: EntityManager, count: number, circonscriptionId: number): Promise<string[]> {
  const communes = await em.find(Commune, { department: '34' }, { limit: 20, orderBy: { inseeCode: 'asc' } });
  const uais: string[] = [];
  for (let i = 0; i < count; i++) {
    const uai = uaiOf(349_000 + i);
    uais.push(uai);
    await seedSchool(em, {
      uai, name: `École primaire n° ${String(i).padStart(3, '0')}`, kind: SchoolKind.PRIMAIRE,
      communeInseeCode: communes[i % communes.length]!.inseeCode, departmentCode: '34', circonscriptionId,
    });
  }
  await em.flush();
  return uais;
}
