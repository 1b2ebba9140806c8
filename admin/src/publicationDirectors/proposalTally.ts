import type { DirectorProposalStatus } from '../graphql/generated/graphql';
import { PROPOSAL_STATUSES } from './publicationDirectorEnums';

/** How many schools of the preview are in each status, in the enum's order, leaving out the empty ones. */
export function proposalTally(proposals: ReadonlyArray<{ status: DirectorProposalStatus }>): Array<{ status: DirectorProposalStatus; count: number }> {
  return PROPOSAL_STATUSES.map((status) => ({ status, count: proposals.filter((proposal) => proposal.status === status).length })).filter(({ count }) => count > 0);
}

/** The schools the bulk assignment can designate: the directory's director is complete and the date fits. */
export const readyUais = (proposals: ReadonlyArray<{ id: string; status: DirectorProposalStatus }>): string[] =>
  proposals.filter((proposal) => proposal.status === 'READY').map((proposal) => proposal.id);
