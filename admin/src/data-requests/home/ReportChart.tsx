import { useId } from 'react';
import { useTranslate } from 'react-admin';
import type { MonthFigures } from './reportTypes';
import { CHART, monthBars } from './reportChart';

/** DSFR colours: blue France, success green, error red (each bar kind is also in the legend and the table). */
const COLOURS = { received: '#000091', onTime: '#18753c', late: '#ce0500' } as const;

/**
 * Requests received and answered per month of receipt, as bars. The picture is named and described for
 * screen readers; its figures are in the table that follows it.
 */
export const ReportChart = ({ perMonth, year, monthNames }: { perMonth: MonthFigures[]; year: number; monthNames: string[] }) => {
  const translate = useTranslate();
  const titleId = useId();
  const { bars } = monthBars(perMonth);
  const key = 'resources.dataSubjectRequests.report';
  const kinds = ['received', 'onTime', 'late'] as const;
  return (
    <figure className="fr-m-0">
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={titleId} style={{ width: '100%', maxWidth: CHART.width, height: 'auto' }}>
        <title id={titleId}>{translate(`${key}.chartTitle`, { year })}</title>
        <line x1={CHART.left} x2={CHART.width - CHART.right} y1={CHART.height - CHART.bottom} y2={CHART.height - CHART.bottom} stroke="currentColor" />
        {bars.map((month) => (
          <g key={month.month}>
            {kinds.map((kind) => (
              <rect key={kind} {...month[kind]} fill={COLOURS[kind]} />
            ))}
            <text
              x={month.received.x + month.received.width * 1.5}
              y={CHART.height - CHART.bottom + 18}
              textAnchor="middle"
              fontSize="12"
              fill="currentColor"
            >
              {monthNames[month.month - 1]}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="fr-text--sm">
        {kinds.map((kind) => (
          <span key={kind} style={{ marginRight: '1.5rem', whiteSpace: 'nowrap' }}>
            <svg width="12" height="12" aria-hidden="true" style={{ marginRight: 4 }}>
              <rect width="12" height="12" fill={COLOURS[kind]} />
            </svg>
            {translate(`${key}.series.${kind}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
};
