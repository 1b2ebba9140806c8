import type { DeliberationInput } from './deliberation.rules.js';

/**
 * The two deliberations of `/work/shared/reference`, as their register extracts print them. Frozen: a
 * test that needs a variant spreads one into a new object.
 */

/** Lescure-d'Albigeois (Tarn), séance du 25 septembre 2023, délibération n° 48/2023, adoptée à l'unanimité. */
export const LESCURE_2023: Readonly<DeliberationInput> = Object.freeze({
  meetingDate: '2023-09-25',
  membersInOffice: 27,
  present: 24,
  represented: 1, // Guy INTRAN (pouvoir à S. CLERGUE)
  absent: 2, // Francis SALABERT, David POUTRAIN
  voters: 25,
  votesFor: 25,
  votesAgainst: 0,
  abstentions: 0,
  secretBallot: false,
  secondConvocation: false,
});

/** Saint-Mathieu-de-Tréviers (Hérault), séance du 20 octobre 2022, vote à l'unanimité. */
export const SAINT_MATHIEU_2022: Readonly<DeliberationInput> = Object.freeze({
  meetingDate: '2022-10-20',
  membersInOffice: 27,
  present: 18,
  represented: 6,
  absent: 3, // Thibaud LE NEUDER, Nicole MAZOT, Bernadette MURATET
  voters: 24,
  votesFor: 24,
  votesAgainst: 0,
  abstentions: 0,
  secretBallot: false,
  secondConvocation: false,
});
