import type { Role } from '../graphql/generated/graphql';
import { holdsRole, type Permissions } from './permissions';

/** Anyone signed in, or the holders of some roles. */
type Rule = 'signedIn' | readonly Role[];

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
  users: { list: ['ADMIN'], show: ['ADMIN'], create: ['ADMIN'], edit: ['ADMIN'] },
  audit: { list: ['DPO'] },
  notifications: { list: ['ADMIN'] },
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
};

/** react-admin's `canAccess` for these permissions: menu entries, buttons and pages follow it. */
export function mayAccess(permissions: Permissions, resource: string, action: string): boolean {
  const actions = Object.hasOwn(RULES, resource) ? RULES[resource] : undefined;
  const rule = actions && Object.hasOwn(actions, action) ? actions[action] : undefined;
  if (rule === undefined) return false;
  return rule === 'signedIn' || holdsRole(permissions, ...rule);
}
