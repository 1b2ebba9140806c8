import { newPdf, pdfBytes } from '../common/pdf.js';
import type { RequestView } from './data-request.views.js';

/** The DPO's letterhead: the controller of the ENT (convention, article 8). */
const SENDER = ['RÉGION ACADÉMIQUE OCCITANIE', 'Délégué(e) à la protection des données', '31, rue de l’Université', '34064 Montpellier Cedex 2'];

/** A French administrative letter: letterhead, addressee, place and date, reference, subject, body, signature. */
export async function letterPdf(request: RequestView, letter: { subject: string; body: string }, frenchToday: string): Promise<Buffer> {
  const doc = await newPdf(letter.subject);
  const { applicant } = request;
  doc.font('bold').fontSize(10).text(SENDER[0]!);
  doc.font('regular').text(SENDER.slice(1).join('\n'));
  const addressee = [`${applicant.firstName} ${applicant.lastName}`, ...(applicant.postalAddress ?? applicant.email ?? '').split(/\n|,\s*/)].filter(Boolean);
  doc.moveDown(2).text(addressee.join('\n'), 320);
  doc.moveDown(2).text(`Montpellier, le ${frenchToday}`, 320);
  doc.moveDown(2).text(`Réf. : ${request.reference}`, doc.page.margins.left);
  doc.font('bold').text(`Objet : ${letter.subject}`).moveDown(1.5);
  doc.font('regular').fontSize(11);
  for (const paragraph of letter.body.split(/\n{2,}/)) doc.text(paragraph, { align: 'justify' }).moveDown(0.8);
  doc.moveDown(1.5).text('Le ou la délégué(e) à la protection des données', 320);
  return pdfBytes(doc);
}
