import { SchoolKind } from '../schools/school.enums.js';
import { uaiOf } from '../schools/uai.rules.js';

/**
 * Facts from the two source documents (shared/reference): the communes and schools they name. The demo
 * data and the test scenarios both start from them. Lescure-d'Albigeois' two schools are not named by
 * their deliberation; their UAIs here are made up (valid check letters, 08111xx range).
 */
export const SAINT_MATHIEU = '34276';
export const LESCURE = '81144';

export interface SourceSchool {
  uai: string;
  name: string;
  kind: SchoolKind;
  communeInseeCode: string;
  departmentCode: string;
}

export const AGNES_GELLY: SourceSchool = { uai: '0340711N', name: 'École élémentaire publique Agnès Gelly', kind: SchoolKind.ELEMENTAIRE, communeInseeCode: SAINT_MATHIEU, departmentCode: '34' };
export const LES_FONTANILLES: SourceSchool = { uai: '0340990S', name: 'École maternelle publique Les Fontanilles', kind: SchoolKind.MATERNELLE, communeInseeCode: SAINT_MATHIEU, departmentCode: '34' };
export const LESCURE_MATERNELLE: SourceSchool = { uai: uaiOf(811101), name: 'École maternelle publique de Lescure-d’Albigeois', kind: SchoolKind.MATERNELLE, communeInseeCode: LESCURE, departmentCode: '81' };
export const LESCURE_ELEMENTAIRE: SourceSchool = { uai: uaiOf(811102), name: 'École élémentaire publique de Lescure-d’Albigeois', kind: SchoolKind.ELEMENTAIRE, communeInseeCode: LESCURE, departmentCode: '81' };
