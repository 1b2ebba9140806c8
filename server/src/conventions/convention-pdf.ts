import { newPdf, pdfBytes } from '../common/pdf.js';
import { conventionBlocks, conventionTitle, footerText, type ConventionDocumentData } from './convention-text.js';

const MARGIN = 56;
const SIZE = { title: 13, heading: 11, text: 9.5, small: 8 };

/** The convention as an A4 PDF, in memory (a few kilobytes): ready to print, sign and send. */
export async function renderConventionPdf(data: ConventionDocumentData): Promise<Buffer> {
  const doc = await newPdf(conventionTitle(data), {
    margins: { top: MARGIN, bottom: MARGIN + 20, left: MARGIN, right: MARGIN }, bufferPages: true,
    info: { Subject: `ENT-École – ${data.commune.name} – ${data.schoolYear}` },
  });
  const width = doc.page.width - 2 * MARGIN;
  doc.font('bold').fontSize(SIZE.heading).text('RÉGION ACADÉMIQUE OCCITANIE');
  doc.font('regular').fontSize(SIZE.small).text('Liberté • Égalité • Fraternité').moveDown(1.5);
  for (const block of conventionBlocks(data)) {
    switch (block.kind) {
      case 'title':
        doc.font('bold').fontSize(SIZE.title).text(block.text, { align: 'center' }).moveDown(1);
        break;
      case 'heading':
        doc.moveDown(0.6).font('bold').fontSize(SIZE.heading).text(block.text).moveDown(0.3);
        break;
      case 'party':
        doc.moveDown(0.3).font('bold').fontSize(SIZE.text).text(block.text);
        break;
      case 'bullet':
        doc.font('regular').fontSize(SIZE.text).text(`•  ${block.text}`, { indent: 12, align: 'justify' }).moveDown(0.2);
        break;
      case 'paragraph':
        doc.font('regular').fontSize(SIZE.text).text(block.text, { align: 'justify' }).moveDown(0.4);
        break;
      case 'schools':
        schoolsTable(doc, block.rows, width);
        break;
    }
  }
  footers(doc, footerText(data));
  return pdfBytes(doc);
}

/** Article 9's list, one school per row: UAI, commune, département, name (as the source document prints them). */
function schoolsTable(doc: PDFKit.PDFDocument, rows: string[][], width: number): void {
  const columns = [70, 130, 30, width - 230];
  doc.font('regular').fontSize(SIZE.small);
  for (const row of rows) {
    const top = doc.y;
    let x = MARGIN;
    let bottom = top;
    row.forEach((cell, i) => {
      doc.text(cell, x, top, { width: columns[i]! - 6 });
      bottom = Math.max(bottom, doc.y);
      x += columns[i]!;
    });
    doc.x = MARGIN;
    doc.y = bottom + 3;
  }
  doc.moveDown(0.5);
}

/** The running footer of the source document, with page numbers, written once every page exists. */
function footers(doc: PDFKit.PDFDocument, text: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not open a new page
    doc.font('regular').fontSize(SIZE.small - 1).text(`${text} – page ${i + 1}/${range.count}`, MARGIN, doc.page.height - MARGIN, { width: doc.page.width - 2 * MARGIN, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
}
