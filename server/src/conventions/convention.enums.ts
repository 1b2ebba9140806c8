import { registerEnumType } from 'type-graphql';
import { CONVENTION_STATUSES, type ConventionStatus as Status } from './convention-status.rules.js';
import type { PresidentVote as Vote } from './deliberation.rules.js';

/**
 * The rules name statuses and votes as string unions; GraphQL needs an enum object. These objects are
 * built from the rules' own lists, so the API and the rules cannot drift apart.
 */
export const ConventionStatus = Object.freeze(Object.fromEntries(CONVENTION_STATUSES.map((s) => [s, s])) as { [S in Status]: S });
export type ConventionStatus = Status;

export const PresidentVote = Object.freeze({ FOR: 'FOR', AGAINST: 'AGAINST', ABSTAIN: 'ABSTAIN' } as const satisfies { [V in Vote]: V });
export type PresidentVote = Vote;

/** Which scan a file is: the convention signed by both parties, or the council's deliberation. */
export enum ConventionScanKind {
  SIGNED_CONVENTION = 'SIGNED_CONVENTION',
  DELIBERATION = 'DELIBERATION',
}

registerEnumType(ConventionStatus, {
  name: 'ConventionStatus',
  description: 'Statut d’une convention : brouillon, envoyée, délibérée, signée, expirée ou annulée.',
});
registerEnumType(PresidentVote, { name: 'PresidentVote', description: 'Vote du président de séance (voix prépondérante en cas de partage, vote à main levée).' });
registerEnumType(ConventionScanKind, { name: 'ConventionScanKind', description: 'Pièce numérisée : convention signée ou délibération.' });
