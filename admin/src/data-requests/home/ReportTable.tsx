import { useTranslate } from 'react-admin';
import { formatInteger } from '../../format/frenchFormats';
import type { MonthFigures } from './reportTypes';

/** The chart's figures as a table, the same information without the picture; folded under the chart. */
export const ReportTable = ({ perMonth, year, monthNames }: { perMonth: MonthFigures[]; year: number; monthNames: string[] }) => {
  const translate = useTranslate();
  const key = 'resources.dataSubjectRequests.report';
  return (
    <details className="fr-mt-2w">
      <summary className="fr-link">{translate(`${key}.showTable`)}</summary>
      <div className="fr-table fr-mb-0">
        <table>
          <caption>{translate(`${key}.tableCaption`, { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{translate(`${key}.month`)}</th>
              <th scope="col">{translate(`${key}.series.received`)}</th>
              <th scope="col">{translate(`${key}.series.onTime`)}</th>
              <th scope="col">{translate(`${key}.series.late`)}</th>
            </tr>
          </thead>
          <tbody>
            {perMonth.map((figures) => (
              <tr key={figures.month}>
                <th scope="row">{monthNames[figures.month - 1]}</th>
                <td>{formatInteger(figures.received)}</td>
                <td>{formatInteger(figures.answeredOnTime)}</td>
                <td>{formatInteger(figures.answeredLate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
};
