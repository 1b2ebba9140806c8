import { toInstant } from '../common/sql.js';
import type { LegalBasis } from './processing.enums.js';

/** Read model of a register entry (joined under a prefix when read with a request). */
export interface ProcessingView {
  id: number;
  code: string | null;
  name: string;
  controller: string;
  purposes: string;
  legalBasis: LegalBasis;
  legalBasisDetail: string | null;
  dataSubjectCategories: string;
  dataCategories: string;
  recipients: string;
  transfers: string;
  retention: string;
  securityMeasures: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const FIELDS: Record<keyof ProcessingView, string> = {
  id: 'id', code: 'code', name: 'name', controller: 'controller', purposes: 'purposes', legalBasis: 'legal_basis', legalBasisDetail: 'legal_basis_detail',
  dataSubjectCategories: 'data_subject_categories', dataCategories: 'data_categories', recipients: 'recipients', transfers: 'transfers',
  retention: 'retention', securityMeasures: 'security_measures', version: 'version', createdAt: 'created_at', updatedAt: 'updated_at',
};

export const processingColumns = (p: string, prefix = '') => Object.entries(FIELDS).map(([field, column]) => `${p}.${column} as ${prefix}${field}`);

export function processingView(row: Record<string, unknown>, prefix = ''): ProcessingView {
  const view = Object.fromEntries(Object.keys(FIELDS).map((field) => [field, row[`${prefix}${field}`] ?? null])) as unknown as ProcessingView;
  return { ...view, createdAt: toInstant(view.createdAt)!, updatedAt: toInstant(view.updatedAt)! };
}
