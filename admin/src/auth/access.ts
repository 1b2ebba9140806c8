import type { Role } from '../graphql/generated/graphql';
import { holdsRole, type Permissions } from './permissions';

/** Anyone signed in, or the holders of some roles. */
type Rule = 'signedIn' | readonly Role[];

/** Who reads the publication directors' coverage, histories and export (docs/decisions/0008). */
const PUBLICATION_READERS: readonly Role[] = ['ACADEMIC_TEAM', 'DPO', 'ERUN'];
const INCIDENT_READERS: Rule = ['SUPPORT', 'ERUN', 'ACADEMIC_TEAM', 'DPO'];
const INCIDENT_REPORTERS: Rule = ['SUPPORT', 'ERUN', 'ACADEMIC_TEAM'];

/**
 * What each role may open, mirroring the API's rules (`@Roles` on each operation; docs/decisions/0006):
 * the console hides what the server would refuse, the server decides. A resource or an action that is
 * not listed here (delete, export…) is hidden from everyone.
 */
const RULES: Readonly<Record<string, Readonly<Record<string, Rule>>>> = {
  schools: { list: 'signedIn', show: 'signedIn', create: ['ACADEMIC_TEAM'], edit: ['ACADEMIC_TEAM'] },
  communes: { list: 'signedIn', show: 'signedIn' },
  circonscriptions: { list: 'signedIn', show: 'signedIn' },
  // ERUN (and ADMIN) designate; SUPPORT sees only the current director, on the school and commune pages.
  publicationCoverage: { list: PUBLICATION_READERS, show: PUBLICATION_READERS },
  publicationDirectors: { edit: ['ERUN'], history: PUBLICATION_READERS },
  users: { list: ['ADMIN'], show: ['ADMIN'], create: ['ADMIN'], edit: ['ADMIN'] },
  audit: { list: ['DPO'] },
  notifications: { list: ['ADMIN'] },
  directoryImports: { list: ['ACADEMIC_TEAM'], show: ['ACADEMIC_TEAM'], create: ['ACADEMIC_TEAM'] },
  // The report lines of a run, listed on its page.
  directoryImportItems: { list: ['ACADEMIC_TEAM'] },
  // The DPO's module (GDPR): requests, letters, register, breaches.
  dataSubjectRequests: { list: ['DPO'], show: ['DPO'], create: ['DPO'] },
  letterTemplates: { list: ['DPO'], edit: ['DPO'] },
  processingActivities: { list: ['DPO'], show: ['DPO'], create: ['DPO'], edit: ['DPO'] },
  dataBreaches: { list: ['DPO'], show: ['DPO'], create: ['DPO'] },
  // Incidents (docs/decisions/0010): support handles them; ERUN and academic teams report and read within
  // their perimeter; the DPO reads the personal-data ones (the API narrows each list to what one may read).
  incidents: {
    list: INCIDENT_READERS,
    show: INCIDENT_READERS,
    create: INCIDENT_REPORTERS,
    attach: INCIDENT_REPORTERS,
    handle: ['SUPPORT'],
  },
  // The support home's live queue.
  incidentQueue: { list: ['SUPPORT'] },
  // Conventions name mayors and référents: the academic team's (and ADMIN's, who holds every role) only, for reads
  // too (docs/decisions/0007).
  conventions: { list: ['ACADEMIC_TEAM'], show: ['ACADEMIC_TEAM'], create: ['ACADEMIC_TEAM'], export: ['ACADEMIC_TEAM'], renew: ['ACADEMIC_TEAM'] },
  campaigns: { list: ['ACADEMIC_TEAM'], create: ['ACADEMIC_TEAM'], edit: ['ACADEMIC_TEAM'] },
  communeContacts: { show: ['ACADEMIC_TEAM'], edit: ['ACADEMIC_TEAM'] },
  groupings: { list: ['ACADEMIC_TEAM'], create: ['ACADEMIC_TEAM'], edit: ['ACADEMIC_TEAM'], delete: ['ACADEMIC_TEAM'] },
  payments: { list: ['ACADEMIC_TEAM'] },
  // The home page's list under the funnel (no menu entry: it is no <Resource>).
  communesWithoutConvention: { list: ['ACADEMIC_TEAM'] },
};

/** react-admin's `canAccess` for these permissions: menu entries, buttons and pages follow it. */
export function mayAccess(permissions: Permissions, resource: string, action: string): boolean {
  const actions = Object.hasOwn(RULES, resource) ? RULES[resource] : undefined;
  const rule = actions && Object.hasOwn(actions, action) ? actions[action] : undefined;
  if (rule === undefined) return false;
  return rule === 'signedIn' || holdsRole(permissions, ...rule);
}
