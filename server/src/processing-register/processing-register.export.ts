import { csvOf } from '../common/csv.js';
import { newPdf, pdfBytes } from '../common/pdf.js';
import type { ProcessingView } from './processing.views.js';

/** The register's columns in the order of GDPR Art. 30(1), with their French headings. */
const COLUMNS: ReadonlyArray<{ key: keyof ProcessingView; header: string }> = [
  { key: 'name', header: 'Traitement' },
  { key: 'controller', header: 'Responsable du traitement' },
  { key: 'purposes', header: 'Finalités' },
  { key: 'legalBasis', header: 'Base légale' },
  { key: 'legalBasisDetail', header: 'Fondement' },
  { key: 'dataSubjectCategories', header: 'Catégories de personnes concernées' },
  { key: 'dataCategories', header: 'Catégories de données' },
  { key: 'recipients', header: 'Destinataires' },
  { key: 'transfers', header: 'Transferts hors UE' },
  { key: 'retention', header: 'Durées de conservation' },
  { key: 'securityMeasures', header: 'Mesures de sécurité' },
  { key: 'updatedAt', header: 'Mis à jour le' },
];

export const LEGAL_BASIS_LABEL: Record<string, string> = {
  CONSENT: 'Consentement (art. 6, §1, a)', CONTRACT: 'Contrat (art. 6, §1, b)', LEGAL_OBLIGATION: 'Obligation légale (art. 6, §1, c)',
  VITAL_INTERESTS: 'Intérêts vitaux (art. 6, §1, d)', PUBLIC_TASK: 'Mission d’intérêt public (art. 6, §1, e)', LEGITIMATE_INTERESTS: 'Intérêt légitime (art. 6, §1, f)',
};

const labelled = (entry: ProcessingView) => ({ ...entry, legalBasis: LEGAL_BASIS_LABEL[entry.legalBasis] });

export function registerCsv(entries: readonly ProcessingView[]): string {
  return csvOf(entries.map(labelled), COLUMNS);
}

/** The register as the CNIL may ask for it: one section per processing, every heading of Art. 30(1). */
export async function registerPdf(entries: readonly ProcessingView[], today: string): Promise<Buffer> {
  const doc = await newPdf('Registre des activités de traitement');
  doc.font('bold').fontSize(16).text('Registre des activités de traitement', { align: 'center' });
  doc.font('regular').fontSize(10).text(`Région académique Occitanie — RGPD, article 30 — édité le ${today}`, { align: 'center' }).moveDown(1.5);
  entries.forEach((entry, i) => {
    if (i > 0) doc.addPage();
    const view = labelled(entry);
    doc.font('bold').fontSize(13).text(view.name).moveDown(0.5);
    for (const { key, header } of COLUMNS.slice(1)) {
      const value = key === 'updatedAt' ? view.updatedAt.toISOString().slice(0, 10) : view[key];
      if (value === null) continue;
      doc.font('bold').fontSize(10).text(header);
      doc.font('regular').text(String(value)).moveDown(0.5);
    }
  });
  return pdfBytes(doc);
}
