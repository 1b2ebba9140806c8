import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** DejaVu Sans: pdfkit's built-in fonts garble what is outside Latin-1 (’, œ, €, narrow spaces of fr-FR numbers). */
const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

/**
 * An A4 document with the fonts `regular` and `bold` registered, written in French. pdfkit (and its font
 * engine) is loaded with the first document, not at start: 30 MB of resident memory that an API replica
 * serving lists never needs.
 */
export async function newPdf(title: string, options: PDFKit.PDFDocumentOptions = {}): Promise<PDFKit.PDFDocument> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 56, lang: 'fr-FR', ...options, info: { Title: title, Author: 'Région académique Occitanie', ...options.info } });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  return doc.font('regular');
}

/** Ends the document and gives its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
