/**
 * UAI (unité administrative immatriculée, ex-RNE): 7 digits and a check letter. The letter is
 * "ABCDEFGHJKLMNPRSTUVWXYZ"[number formed by the 7 digits mod 23] (23 letters: no I, O, Q).
 */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

export function uaiCheckLetter(digits: string): string {
  if (!/^\d{7}$/.test(digits)) throw new RangeError(`A UAI starts with 7 digits (got "${digits}")`);
  return CHECK_LETTERS[Number(digits) % 23]!;
}

export type UaiCheck = { valid: true; uai: string } | { valid: false; reason: string };

/** Checks a UAI typed by a person: trims, upper-cases, then checks the form and the check letter. */
export function checkUai(input: string): UaiCheck {
  const uai = input.trim().toUpperCase();
  if (!/^\d{7}[A-Z]$/.test(uai)) {
    return { valid: false, reason: `Code UAI invalide : 7 chiffres suivis d’une lettre attendus (reçu « ${input} »).` };
  }
  const expected = uaiCheckLetter(uai.slice(0, 7));
  if (uai[7] !== expected) {
    return { valid: false, reason: `Code UAI invalide : la lettre de contrôle de ${uai.slice(0, 7)} est ${expected}, pas ${uai[7]}.` };
  }
  return { valid: true, uai };
}

/** The UAI of a 7-digit number, with its check letter: for generated data and examples. */
export function uaiOf(number: number): string {
  const digits = String(number).padStart(7, '0');
  return `${digits}${uaiCheckLetter(digits)}`;
}
