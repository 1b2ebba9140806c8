import fs from 'node:fs';
import { parse } from 'csv-parse';

/** A refusal of the whole file (unreadable, wrong separator, missing column): the run fails with it. */
export class ImportFileError extends Error {}

export interface CsvRow {
  /** Line of the file where the record ends (the header is line 1). */
  line: number;
  values: string[];
  /** Bytes read so far, for progress. */
  bytes: number;
}

/** A directory row is about 1 KB; a record beyond this is a broken file (an unclosed quote), not data. */
const MAX_RECORD_CHARS = 100_000;

/**
 * Streams a `;`-separated UTF-8 file (with or without BOM) record by record, so memory does not grow with
 * the file. Quotes are relaxed and rows may have more or fewer cells than the header (real exports do
 * both); a file that cannot be parsed at all ends the run with the line where parsing stopped.
 */
async function* readCsv(path: string): AsyncGenerator<CsvRow> {
  const parser = fs.createReadStream(path).pipe(parse({
    bom: true, delimiter: ';', relax_quotes: true, relax_column_count: true, skip_empty_lines: true, info: true, max_record_size: MAX_RECORD_CHARS,
  }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
      yield { line: info.lines, values: record, bytes: info.bytes };
    }
  } catch (error) {
    throw new ImportFileError(`Fichier CSV illisible : ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The header and the data rows after it; `close` releases the file when the rows are not read to the end. */
export async function openCsv(path: string): Promise<{ header: string[]; rows: AsyncIterable<CsvRow>; close(): Promise<unknown> }> {
  const records = readCsv(path);
  const close = () => records.return(undefined);
  const first = await records.next();
  const header = first.done ? [] : first.value.values.map((name) => name.trim());
  const problem = first.done ? 'Fichier vide : la ligne d’en-tête manque.'
    : header.length === 1 && header[0]!.includes(',') ? 'Séparateur « ; » attendu : ce fichier semble séparé par des virgules.' : null;
  if (problem) {
    await close();
    throw new ImportFileError(problem);
  }
  return { header, rows: { [Symbol.asyncIterator]: () => records }, close };
}

/** Groups rows in batches of `size`. */
export async function* inBatches<T>(rows: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
