import { Table } from '@codegouvfr/react-dsfr/Table';
import { Box, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { BarChart, type Bar } from './BarChart';

interface ChartFigureProps {
  title: string;
  /** What the chart shows, in one sentence: the image's text for screen readers. */
  summary: string;
  bars: readonly Bar[];
  /** The same figures as a table (and more of them), for whoever cannot or would rather not read a chart. */
  table: { headers: ReactNode[]; data: ReactNode[][] };
}

/** A titled chart and, folded under it, its data as a table. */
export const ChartFigure = ({ title, summary, bars, table }: ChartFigureProps) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Box component="figure" aria-labelledby={titleId} sx={{ m: 0 }}>
      <Typography id={titleId} variant="subtitle1" component="h4" gutterBottom>
        {title}
      </Typography>
      <BarChart bars={bars} summary={summary} />
      <details>
        <summary>{translate('resources.incidents.home.showTable')}</summary>
        <Table caption={title} headers={table.headers} data={table.data} bordered />
      </details>
    </Box>
  );
};
