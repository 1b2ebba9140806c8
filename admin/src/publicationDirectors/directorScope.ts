import { generatePath } from 'react-router';

/**
 * What a publication director is designated for (Article 6): a school's ENT spaces (by UAI) or the spaces
 * reserved to a commune (by INSEE code). The console's pages of each scope and their paths.
 */
export type ScopeKind = 'school' | 'commune';

export interface DirectorScope {
  kind: ScopeKind;
  code: string;
}

export const scopeKindOf = (value: string | undefined): ScopeKind | undefined => (value === 'school' || value === 'commune' ? value : undefined);

/** The react-admin resource whose page shows the scope (its record id is the UAI or the INSEE code). */
export const scopeResource = (kind: ScopeKind): 'schools' | 'communes' => (kind === 'school' ? 'schools' : 'communes');

/**
 * The path of the « Directeur de publication » tab in the school and commune pages. TabbedShowLayout reads a
 * tab's path from the element the page writes, so the pages pass it: the tab stays where it is when other
 * tabs come and go with the role (the « Historique » tab).
 */
export const DIRECTOR_TAB_PATH = 'publication-director';

/** `/schools/0340711N/show/publication-director`: where a scope's directors are shown. */
export const directorTabPath = ({ kind, code }: DirectorScope): string => `/${scopeResource(kind)}/${encodeURIComponent(code)}/show/${DIRECTOR_TAB_PATH}`;

/** The console's own routes of the module (routes.tsx), outside the coverage resource. */
export const ASSIGN_ROUTE = '/publication-directors/:kind/:code/assign';
export const PROPOSALS_ROUTE = '/publication-directors/circonscriptions/:id/proposals';

/** The assignment form of a scope: `/publication-directors/school/0340711N/assign`. */
export const assignPath = ({ kind, code }: DirectorScope): string => generatePath(ASSIGN_ROUTE, { kind, code });

/** The bulk assignment of a circonscription's directory directors. */
export const proposalsPath = (circonscriptionId: string): string => generatePath(PROPOSALS_ROUTE, { id: circonscriptionId });
