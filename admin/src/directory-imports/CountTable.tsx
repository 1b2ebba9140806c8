import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatInteger } from '../format/frenchFormats';

export interface CountRow {
  key: string;
  /** Already in words (a translated label, or the server's reason). */
  label: string;
  count: number;
}

/** A captioned two-column table of the report: what (`header`), and how many lines. */
export const CountTable = ({ caption, header, rows }: { caption: string; header: string; rows: readonly CountRow[] }) => {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ maxWidth: 720 }}>
      <caption style={{ captionSide: 'top', textAlign: 'left', padding: 0 }}>
        <Typography variant="subtitle1" component="span">
          {translate(caption)}
        </Typography>
      </caption>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {translate(header)}
          </TableCell>
          <TableCell component="th" scope="col" align="right">
            {translate('resources.directoryImports.report.lines')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell component="th" scope="row">
              {row.label}
            </TableCell>
            <TableCell align="right">{formatInteger(row.count)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
