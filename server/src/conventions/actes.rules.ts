import { frenchDate, isIsoDate } from '../common/dates.js';
import { checkSiren } from './siren.rules.js';

/**
 * ACTES identifier: the prefecture's acknowledgement of an act sent to the legality control,
 * `DDD-SIREN-YYYYMMDD-NUMBER-NATURE`, e.g. `034-213402761-20221028-2022-10-062-DE`.
 *
 * Real data is messy (the Saint-Mathieu-de-Tréviers convention prints `34-213402761-20221005-…`), so
 * parsing is tolerant: spaces anywhere, lower case, typographic dashes, a 2-character department. The
 * stored form is normalised: department on 3 characters, upper case, no spaces. The act number may
 * itself contain dashes (`2022-10-062`), so the parts are read from both ends: department, SIREN and date
 * from the left, the nature from the right, and the number is what lies between.
 */

export const ACTES_NATURES = Object.freeze({
  DE: 'délibération',
  AR: 'arrêté réglementaire',
  AI: 'arrêté individuel',
  CC: 'contrat, convention',
  BF: 'document budgétaire',
  AU: 'autre',
} as const);
export type ActesNature = keyof typeof ACTES_NATURES;

export interface ActesParts {
  /** 3 characters: `034`, `02A`, `971`. */
  department: string;
  siren: string;
  /** `YYYY-MM-DD`: the decision date as the sender typed it, often not the meeting date. */
  decidedOn: string;
  number: string;
  nature: ActesNature;
}

export type ActesIssue = { field: 'actesId'; message: string };

export type ActesCheck =
  | { valid: true; actesId: string; parts: ActesParts; warnings: ActesIssue[] }
  | { valid: false; errors: ActesIssue[]; warnings: ActesIssue[] };

export interface ActesContext {
  /** The commune's SIREN: an acknowledgement of another commune's act is refused. */
  communeSiren: string;
  /** The commune's department (`34`, `034`, `2A`), when known: checked against the identifier. */
  communeDepartment?: string | null;
  /** `YYYY-MM-DD` of the prefecture's receipt: the decision cannot come after it. */
  receiptDate?: string | null;
  /** `YYYY-MM-DD` of the council meeting: a different date is only a warning. */
  meetingDate?: string | null;
}

/**
 * ACTES numbers departments on 3 characters: metropolitan codes padded with a zero (`034`), Corsica's
 * `02A`/`02B` (not `20`, split in 1976), the overseas departments as they are (`971`…`974`, `976`).
 * The overseas collectivities (975, 977, 978…) are left out: not departments, and outside ENT-École.
 */
export function normaliseDepartment(input: string): string | null {
  const code = input.replace(/\s+/g, '').toUpperCase();
  let normalised: string | null = null;
  if (/^\d{2}$/.test(code) || /^2[AB]$/.test(code)) normalised = `0${code}`;
  else if (/^0(\d{2}|2[AB])$/.test(code) || /^97[12346]$/.test(code)) normalised = code;
  if (normalised === null) return null;
  if (normalised.startsWith('0') && /^\d+$/.test(normalised)) {
    const n = Number(normalised);
    if (n < 1 || n > 95 || n === 20) return null;
  }
  return normalised;
}

/**
 * The act number is the sender's own: the ACTES transmission format allows capitals, digits and `_`
 * (15 characters at most), yet prefecture stamps print numbers with dashes such as `2022-10-062`; so we
 * also accept `-` and `.`, but no `/` (a register number like `48/2023` is not an ACTES number) and no
 * leading or trailing dash, which would leave an empty part between separators.
 */
const ACT_NUMBER = /^[A-Z0-9_.](?:[A-Z0-9_.-]{0,13}[A-Z0-9_.])?$/;

/** Spaces removed, upper case, the dashes a PDF or a word processor puts instead of `-` folded back. */
function clean(input: string): string {
  return input.replace(/\s+/g, '').replace(/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, '-').toUpperCase();
}

export function checkActesId(input: string, context: ActesContext): ActesCheck {
  const errors: ActesIssue[] = [];
  const warnings: ActesIssue[] = [];
  const error = (message: string) => errors.push({ field: 'actesId', message });
  const warn = (message: string) => warnings.push({ field: 'actesId', message });

  const segments = clean(input).split('-');
  if (segments.length < 5 || segments.some((s) => s === '')) {
    error(`Identifiant ACTES invalide : format attendu DDD-SIREN-AAAAMMJJ-NUMÉRO-NATURE, par exemple 034-213402761-20221028-2022-10-062-DE (reçu « ${input} »).`);
    return { valid: false, errors, warnings };
  }
  const [rawDepartment, siren, rawDate] = segments as [string, string, string];
  const nature = segments[segments.length - 1]!;
  const number = segments.slice(3, -1).join('-');

  const department = normaliseDepartment(rawDepartment);
  if (department === null) error(`Identifiant ACTES : département « ${rawDepartment} » inconnu (034, 02A, 971… attendu).`);
  else if (context.communeDepartment != null && normaliseDepartment(context.communeDepartment) !== department) {
    error(`Identifiant ACTES : le département ${department} n’est pas celui de la commune (${context.communeDepartment}).`);
  }

  const sirenCheck = checkSiren(siren);
  if (!sirenCheck.valid) error(`Identifiant ACTES : ${sirenCheck.reason}`);
  else if (siren !== context.communeSiren.replace(/\s+/g, '')) {
    error(`Identifiant ACTES : le SIREN ${siren} n’est pas celui de la commune (${context.communeSiren}) ; cet accusé de réception concerne une autre collectivité.`);
  }

  const decidedOn = /^\d{8}$/.test(rawDate) ? `${rawDate.slice(0, 4)}-${rawDate.slice(4, 6)}-${rawDate.slice(6)}` : '';
  if (!isIsoDate(decidedOn)) {
    error(`Identifiant ACTES : « ${rawDate} » n’est pas une date réelle au format AAAAMMJJ.`);
  } else {
    if (context.receiptDate != null && decidedOn > context.receiptDate) {
      error(`Identifiant ACTES : la date de l’acte (${frenchDate(decidedOn)}) est postérieure à sa réception en préfecture (${frenchDate(context.receiptDate)}).`);
    }
    if (context.meetingDate != null && decidedOn !== context.meetingDate) {
      const side = decidedOn < context.meetingDate ? 'antérieure' : 'postérieure';
      warn(
        `La date de l’identifiant ACTES (${frenchDate(decidedOn)}) est ${side} à la séance du ${frenchDate(context.meetingDate)} : ` +
          `c’est la date saisie lors de la télétransmission ; vérifiez que l’accusé de réception est bien celui de cette délibération.`,
      );
    }
  }

  if (!ACT_NUMBER.test(number)) {
    error(`Identifiant ACTES : numéro d’acte « ${number} » invalide (1 à 15 caractères : lettres, chiffres, « _ », « . », « - »).`);
  }
  if (!Object.hasOwn(ACTES_NATURES, nature)) {
    error(`Identifiant ACTES : nature « ${nature} » inconnue (${Object.keys(ACTES_NATURES).join(', ')} attendu).`);
  }

  if (errors.length > 0) return { valid: false, errors, warnings };
  const parts: ActesParts = { department: department!, siren, decidedOn, number, nature: nature as ActesNature };
  return { valid: true, actesId: formatActesId(parts), parts, warnings };
}

export function formatActesId(parts: ActesParts): string {
  return [parts.department, parts.siren, parts.decidedOn.replaceAll('-', ''), parts.number, parts.nature].join('-');
}
