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
  { resource: 'conventions', description: 'resources.conventions.card' },
  { resource: 'campaigns', description: 'resources.campaigns.card' },
  { resource: 'groupings', description: 'resources.groupings.card' },
  { resource: 'payments', description: 'resources.payments.card', counter: { filter: { overdue: true }, message: 'resources.payments.overdueCount' } },
  {
    resource: 'directoryImports',
    description: 'ent.dashboard.cards.directoryImports',
    counter: { filter: { status: 'ANALYSED' }, message: 'ent.dashboard.counters.analysedImports' },
  },
  {
    resource: 'publicationCoverage',
    description: 'ent.dashboard.cards.publicationCoverage',
    counter: { filter: { incomplete: true }, message: 'ent.dashboard.counters.incompleteCoverage' },
  },
  { resource: 'incidents', description: 'ent.dashboard.cards.incidents', counter: { filter: { status: OPEN_STATUSES }, message: 'ent.dashboard.counters.openIncidents' } },
  { resource: 'users', description: 'ent.dashboard.cards.users', counter: { filter: { active: true }, message: 'ent.dashboard.counters.activeUsers' } },
  { resource: 'audit', description: 'ent.dashboard.cards.audit' },
  {
    resource: 'notifications',
    description: 'ent.dashboard.cards.notifications',
    counter: { filter: { status: 'FAILED' }, message: 'ent.dashboard.counters.failedMails' },
  },
  // No counter on requests: every request the API returns is an audited read (the DPO section counts them).
  { resource: 'dataSubjectRequests', description: 'ent.dashboard.cards.dataSubjectRequests' },
  {
    resource: 'dataBreaches',
    description: 'ent.dashboard.cards.dataBreaches',
    counter: { filter: { awaitingNotification: true }, message: 'ent.dashboard.counters.breachesToNotify' },
  },
  { resource: 'processingActivities', description: 'ent.dashboard.cards.processingActivities' },
  { resource: 'letterTemplates', description: 'ent.dashboard.cards.letterTemplates' },
];

/** A module's own part of the home page (a live queue, figures), under the welcome, for those who may do `action` on `resource`. */
export interface DashboardSection {
  resource: string;
  action: string;
  /** Its own chunk, fetched only for those who see it. */
  component: LazyExoticComponent<ComponentType>;
}

export const DASHBOARD_SECTIONS: readonly DashboardSection[] = [
  { resource: 'conventions', action: 'list', component: lazy(() => import('../conventions/funnel/ConventionFunnel')) },
  { resource: 'dataSubjectRequests', action: 'list', component: lazy(() => import('../data-requests/home/DpoHome')) },
  { resource: 'publicationCoverage', action: 'list', component: lazy(() => import('../publicationDirectors/PublicationCoverageHome')) },
  { resource: 'incidents', action: 'handle', component: lazy(() => import('../incidents/home/SupportHome')) },
];
