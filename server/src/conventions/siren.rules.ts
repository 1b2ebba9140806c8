/**
 * SIREN (9 digits: the legal unit, e.g. a commune) and SIRET (14 digits: SIREN + 5-digit NIC, one
 * establishment, e.g. the town hall). INSEE makes both Luhn-valid: the SIREN over its 9 digits, the SIRET
 * over all 14. People copy them grouped ("213 402 761 00018"), so whitespace is dropped before checking.
 */

/** La Poste's SIREN: its establishments are too many for Luhn-valid NICs, see `checkSiret`. */
export const LA_POSTE_SIREN = '356000000';
/** La Poste's head office: the one La Poste SIRET that follows Luhn and not the sum-of-digits rule. */
const LA_POSTE_HEAD_OFFICE_SIRET = '35600000000048';

export type SirenCheck = { valid: true; siren: string } | { valid: false; reason: string };
export type SiretCheck = { valid: true; siret: string; siren: string; nic: string } | { valid: false; reason: string };

/** Luhn over a string of digits: from the right, every second digit is doubled (minus 9 above 9). */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function compact(input: string): string {
  // \s covers U+00A0 and U+202F, the spaces PDFs and French formatting put between groups.
  return input.replace(/\s+/g, '');
}

function digitSum(digits: string): number {
  return [...digits].reduce((sum, digit) => sum + Number(digit), 0);
}

export function checkSiren(input: string): SirenCheck {
  const siren = compact(input);
  if (!/^\d{9}$/.test(siren)) {
    return { valid: false, reason: `SIREN invalide : 9 chiffres attendus (reçu « ${input} »).` };
  }
  if (!luhnValid(siren)) {
    return { valid: false, reason: `SIREN invalide : ${siren} ne respecte pas la clé de contrôle (formule de Luhn).` };
  }
  return { valid: true, siren };
}

/**
 * La Poste (SIREN 356000000) numbers its establishments so that the sum of the 14 digits is a multiple
 * of 5 instead of following Luhn (INSEE's documented exception); its head office 35600000000048 is
 * Luhn-valid and not a multiple of 5, so it keeps the normal rule. No commune will ever carry this SIREN,
 * but the exception costs three lines and keeps the function right for any SIRET.
 */
export function checkSiret(input: string): SiretCheck {
  const siret = compact(input);
  if (!/^\d{14}$/.test(siret)) {
    return { valid: false, reason: `SIRET invalide : 14 chiffres attendus, le SIREN (9) suivi du NIC (5) (reçu « ${input} »).` };
  }
  const siren = siret.slice(0, 9);
  const nic = siret.slice(9);
  if (!luhnValid(siren)) {
    return { valid: false, reason: `SIRET invalide : le SIREN ${siren} qu’il contient ne respecte pas la clé de contrôle (formule de Luhn).` };
  }
  const laPoste = siren === LA_POSTE_SIREN && siret !== LA_POSTE_HEAD_OFFICE_SIRET;
  if (laPoste ? digitSum(siret) % 5 !== 0 : !luhnValid(siret)) {
    const rule = laPoste ? 'la somme de ses chiffres doit être un multiple de 5 (règle propre à La Poste)' : 'formule de Luhn sur les 14 chiffres';
    return { valid: false, reason: `SIRET invalide : ${siret} ne respecte pas la clé de contrôle (${rule}).` };
  }
  return { valid: true, siret, siren, nic };
}

export function isValidSiren(input: string): boolean {
  return checkSiren(input).valid;
}

export function isValidSiret(input: string): boolean {
  return checkSiret(input).valid;
}

/**
 * True when the SIRET belongs to that SIREN (its first 9 digits), both compared after removing
 * whitespace. Only the shape is required, not the check digits: callers check validity separately, so
 * that a person is told "invalid SIRET" and "not this commune's SIRET" as two different mistakes.
 */
export function siretMatchesSiren(siret: string, siren: string): boolean {
  const s = compact(siret);
  const n = compact(siren);
  return /^\d{14}$/.test(s) && /^\d{9}$/.test(n) && s.startsWith(n);
}
