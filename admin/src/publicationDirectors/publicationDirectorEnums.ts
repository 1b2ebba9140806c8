import type { Civility, DirectorProposalStatus, PublicationDirectorFunction } from '../graphql/generated/graphql';
import { everyValueOf } from '../dataProvider/values';
import type { ScopeKind } from './directorScope';

export const CIVILITIES = everyValueOf<Civility>()(['MADAME', 'MONSIEUR']);
export const DIRECTOR_FUNCTIONS = everyValueOf<PublicationDirectorFunction>()(['SCHOOL_DIRECTOR', 'INTERIM_DIRECTOR', 'CITY_REFERENT', 'OTHER']);
export const PROPOSAL_STATUSES = everyValueOf<DirectorProposalStatus>()([
  'READY',
  'ALREADY_PUBLICATION_DIRECTOR',
  'INCOMPLETE_DIRECTOR',
  'NO_DIRECTOR_IN_DIRECTORY',
  'START_DATE_CONFLICT',
]);

/**
 * Article 6 names the school's director for a school and the référent ville for a commune; an interim
 * director fits a school, and anyone else either scope with a justification. The server decides; the form
 * only offers what it would accept, the usual function first.
 */
const FUNCTIONS_OF_SCOPE: Record<ScopeKind, readonly PublicationDirectorFunction[]> = {
  school: ['SCHOOL_DIRECTOR', 'INTERIM_DIRECTOR', 'OTHER'],
  commune: ['CITY_REFERENT', 'OTHER'],
};

export const usualFunctionOf = (kind: ScopeKind): PublicationDirectorFunction => FUNCTIONS_OF_SCOPE[kind][0]!;

/** Select choices whose labels are i18n keys (`resources.publicationDirectors.functions.OTHER`…). */
const choicesOf = (values: readonly string[], group: string) => values.map((value) => ({ id: value, name: `resources.publicationDirectors.${group}.${value}` }));

export const civilityChoices = choicesOf(CIVILITIES, 'civilities');
export const functionChoices = choicesOf(DIRECTOR_FUNCTIONS, 'functions');
export const functionChoicesFor = (kind: ScopeKind) => choicesOf(FUNCTIONS_OF_SCOPE[kind], 'functions');
export const proposalStatusChoices = choicesOf(PROPOSAL_STATUSES, 'proposalStatuses');
