import { toInstant, toIsoDate } from '../common/sql.js';
import type { BreachRisk } from './data-breach.enums.js';

export interface BreachView {
  id: number;
  title: string;
  nature: string;
  peopleCategories: string;
  approximatePeople: number | null;
  recordCategories: string;
  approximateRecords: number | null;
  consequences: string;
  measures: string;
  risk: BreachRisk;
  awareAt: Date;
  cnilNotifiedAt: Date | null;
  cnilReference: string | null;
  lateNotificationReason: string | null;
  peopleInformedOn: string | null;
  incidentId: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS: Record<keyof BreachView, string> = {
  id: 'id', title: 'title', nature: 'nature', peopleCategories: 'people_categories', approximatePeople: 'approximate_people',
  recordCategories: 'record_categories', approximateRecords: 'approximate_records', consequences: 'consequences', measures: 'measures', risk: 'risk',
  awareAt: 'aware_at', cnilNotifiedAt: 'cnil_notified_at', cnilReference: 'cnil_reference', lateNotificationReason: 'late_notification_reason',
  peopleInformedOn: 'people_informed_on', incidentId: 'incident_id', version: 'version', createdAt: 'created_at', updatedAt: 'updated_at',
};

export const breachColumns = (b: string) => Object.entries(COLUMNS).map(([field, column]) => `${b}.${column} as ${field}`);

export function breachView(row: Record<string, unknown>): BreachView {
  const view = Object.fromEntries(Object.keys(COLUMNS).map((field) => [field, row[field] ?? null])) as unknown as BreachView;
  return {
    ...view, awareAt: toInstant(row.awareAt)!, cnilNotifiedAt: toInstant(row.cnilNotifiedAt), peopleInformedOn: toIsoDate(row.peopleInformedOn),
    createdAt: toInstant(row.createdAt)!, updatedAt: toInstant(row.updatedAt)!,
  };
}
