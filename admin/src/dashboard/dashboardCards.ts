import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { OPEN_STATUSES } from '../incidents/incidentEnums';

/** A module's card on the home page. */
export interface DashboardCard {
  /** The card opens this resource's list, and shows to those who may list it (auth/access.ts). */
  resource: string;
  /** i18n key: what the module is for, in one line. */
  description: string;
  /** A figure for the card: the list's total under this filter, said by `message` (with `smart_count`). */
  counter?: { filter: Record<string, unknown>; message: string };
}

/** One card per module, in the menu's order: a new module adds its line here. */
export const DASHBOARD_CARDS: readonly DashboardCard[] = [
  { resource: 'schools', description: 'ent.dashboard.cards.schools', counter: { filter: {}, message: 'ent.dashboard.counters.schools' } },
  { resource: 'communes', description: 'ent.dashboard.cards.communes' },
  { resource: 'circonscriptions', description: 'ent.dashboard.cards.circonscriptions' },
  { resource: 'incidents', description: 'ent.dashboard.cards.incidents', counter: { filter: { status: OPEN_STATUSES }, message: 'ent.dashboard.counters.openIncidents' } },
  { resource: 'users', description: 'ent.dashboard.cards.users', counter: { filter: { active: true }, message: 'ent.dashboard.counters.activeUsers' } },
  { resource: 'audit', description: 'ent.dashboard.cards.audit' },
  {
    resource: 'notifications',
    description: 'ent.dashboard.cards.notifications',
    counter: { filter: { status: 'FAILED' }, message: 'ent.dashboard.counters.failedMails' },
  },
];

/** A module's own part of the home page (a live queue, figures), under the welcome, for those who may do `action` on `resource`. */
export interface DashboardSection {
  resource: string;
  action: string;
  /** Its own chunk, fetched only for those who see it. */
  component: LazyExoticComponent<ComponentType>;
}

export const DASHBOARD_SECTIONS: readonly DashboardSection[] = [
  { resource: 'incidents', action: 'handle', component: lazy(() => import('../incidents/home/SupportHome')) },
];
