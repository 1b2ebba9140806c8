import { stringify } from 'csv-stringify/sync';

/**
 * CSV as French spreadsheet software opens it by double-click: UTF-8 with a byte-order mark, `;` between
 * fields (the comma is the decimal separator), CRLF line ends. `columns` maps each key to its header.
 */
export function csvOf(records: readonly Record<string, unknown>[], columns: ReadonlyArray<{ key: string; header: string }>): string {
  return stringify(records.map((record) => Object.fromEntries(columns.map(({ key }) => [key, cell(record[key])]))), {
    header: true, columns: columns.map(({ key, header }) => ({ key, header })), delimiter: ';', bom: true, record_delimiter: 'windows',
  });
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
