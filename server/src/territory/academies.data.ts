/**
 * The académies of France with their official codes (as in the national school directory) and the
 * départements each covers. `@etalab/decoupage-administratif` has no académies, so they are listed here.
 * Régions académiques take the name and INSEE code of their région, looked up from the reference data.
 */
export interface AcademyDefinition {
  code: string;
  name: string;
  departments: string[];
}

export const SERVED_ACADEMIES = ['11', '16'];

export const ACADEMIES: AcademyDefinition[] = [
  { code: '01', name: 'Paris', departments: ['75'] },
  { code: '02', name: 'Aix-Marseille', departments: ['04', '05', '13', '84'] },
  { code: '03', name: 'Besançon', departments: ['25', '39', '70', '90'] },
  { code: '04', name: 'Bordeaux', departments: ['24', '33', '40', '47', '64'] },
  { code: '06', name: 'Clermont-Ferrand', departments: ['03', '15', '43', '63'] },
  { code: '07', name: 'Dijon', departments: ['21', '58', '71', '89'] },
  { code: '08', name: 'Grenoble', departments: ['07', '26', '38', '73', '74'] },
  { code: '09', name: 'Lille', departments: ['59', '62'] },
  { code: '10', name: 'Lyon', departments: ['01', '42', '69'] },
  { code: '11', name: 'Montpellier', departments: ['11', '30', '34', '48', '66'] },
  { code: '12', name: 'Nancy-Metz', departments: ['54', '55', '57', '88'] },
  { code: '13', name: 'Poitiers', departments: ['16', '17', '79', '86'] },
  { code: '14', name: 'Rennes', departments: ['22', '29', '35', '56'] },
  { code: '15', name: 'Strasbourg', departments: ['67', '68'] },
  { code: '16', name: 'Toulouse', departments: ['09', '12', '31', '32', '46', '65', '81', '82'] },
  { code: '17', name: 'Nantes', departments: ['44', '49', '53', '72', '85'] },
  { code: '18', name: 'Orléans-Tours', departments: ['18', '28', '36', '37', '41', '45'] },
  { code: '19', name: 'Reims', departments: ['08', '10', '51', '52'] },
  { code: '20', name: 'Amiens', departments: ['02', '60', '80'] },
  { code: '22', name: 'Limoges', departments: ['19', '23', '87'] },
  { code: '23', name: 'Nice', departments: ['06', '83'] },
  { code: '24', name: 'Créteil', departments: ['77', '93', '94'] },
  { code: '25', name: 'Versailles', departments: ['78', '91', '92', '95'] },
  { code: '27', name: 'Corse', departments: ['2A', '2B'] },
  { code: '28', name: 'La Réunion', departments: ['974'] },
  { code: '31', name: 'Martinique', departments: ['972'] },
  { code: '32', name: 'Guadeloupe', departments: ['971'] },
  { code: '33', name: 'Guyane', departments: ['973'] },
  { code: '43', name: 'Mayotte', departments: ['976'] },
  { code: '70', name: 'Normandie', departments: ['14', '27', '50', '61', '76'] },
];
