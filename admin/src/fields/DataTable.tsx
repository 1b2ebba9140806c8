import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface DataColumn<T> {
  /** i18n key of the column header. */
  label: string;
  render: (row: T) => ReactNode;
  align?: 'left' | 'right';
}

interface DataTableProps<T> {
  /** i18n key of the table's caption, read by screen readers (and shown). */
  caption: string;
  rows: readonly T[];
  columns: ReadonlyArray<DataColumn<T>>;
  rowKey: (row: T) => string;
  /** i18n key said instead of an empty table. */
  empty: string;
}

/**
 * A small read-only table of what a record holds (its schools, its payments…), with a caption and
 * column headers for screen readers; react-admin's Datagrid is for lists of records of a resource.
 */
export const DataTable = <T,>({ caption, rows, columns, rowKey, empty }: DataTableProps<T>) => {
  const translate = useTranslate();
  if (!rows.length) {
    return (
      <Typography variant="body2" component="p">
        {translate(empty)}
      </Typography>
    );
  }
  return (
    <Table size="small" sx={{ '& caption': { captionSide: 'top', px: 0, pt: 0, fontWeight: 'bold' } }}>
      <caption>{translate(caption)}</caption>
      <TableHead>
        <TableRow>
          {columns.map((column) => (
            <TableCell key={column.label} align={column.align} scope="col">
              {translate(column.label)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)}>
            {columns.map((column) => (
              <TableCell key={column.label} align={column.align}>
                {column.render(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
