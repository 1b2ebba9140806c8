import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

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
  { resource: 'users', description: 'ent.dashboard.cards.users', counter: { filter: { active: true }, message: 'ent.dashboard.counters.activeUsers' } },
  { resource: 'audit', description: 'ent.dashboard.cards.audit' },
  { resource: 'conventions', description: 'resources.conventions.card' },
  { resource: 'campaigns', description: 'resources.campaigns.card' },
  { resource: 'groupings', description: 'resources.groupings.card' },
  { resource: 'payments', description: 'resources.payments.card', counter: { filter: { overdue: true }, message: 'resources.payments.overdueCount' } },
  {
    resource: 'notifications',
    description: 'ent.dashboard.cards.notifications',
    counter: { filter: { status: 'FAILED' }, message: 'ent.dashboard.counters.failedMails' },
  },
];

/** A module's own section of the home page, above the cards: a screen of its own, loaded when shown. */
export interface DashboardSection {
  /** Shown to those who may list this resource (auth/access.ts). */
  resource: string;
  component: LazyExoticComponent<ComponentType>;
}

/** The academic team's home is the conventions funnel (issue #6). */
export const DASHBOARD_SECTIONS: readonly DashboardSection[] = [{ resource: 'conventions', component: lazy(() => import('../conventions/funnel/ConventionFunnel')) }];
