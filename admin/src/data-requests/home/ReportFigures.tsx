import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatInteger } from '../../format/frenchFormats';
import { RIGHTS } from '../dataRequestEnums';
import type { YearReport } from './reportTypes';

const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** The year in a few figures, then the requests per right exercised (a request may exercise several). */
export const ReportFigures = ({ report }: { report: YearReport }) => {
  const translate = useTranslate();
  const key = 'resources.dataSubjectRequests.report';
  const figures = [
    { label: `${key}.received`, value: formatInteger(report.received) },
    { label: `${key}.answered`, value: formatInteger(report.answered) },
    { label: `${key}.median`, value: report.medianAnswerDays === null ? '—' : translate(`${key}.days`, { days: oneDecimal.format(report.medianAnswerDays) }) },
    { label: `${key}.onTime`, value: report.onTimePercent === null ? '—' : `${oneDecimal.format(report.onTimePercent)} %` },
    { label: `${key}.openOverdue`, value: formatInteger(report.openOverdue) },
  ];
  const perRight = RIGHTS.map((right) => ({ right, count: report.perRight.find((entry) => entry.right === right)?.count ?? 0 }));
  return (
    <>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(5, 1fr)' }, gap: 2, m: 0, mb: 2 }}>
        {figures.map(({ label, value }) => (
          <Box key={label} sx={{ m: 0 }}>
            <Typography component="dt" variant="body2">
              {translate(label)}
            </Typography>
            <Typography component="dd" variant="h5" sx={{ m: 0 }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      <div className="fr-table fr-mb-2w">
        <table>
          <caption>{translate(`${key}.perRight`, { year: report.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{translate('resources.dataSubjectRequests.fields.rights')}</th>
              <th scope="col">{translate(`${key}.requests`)}</th>
            </tr>
          </thead>
          <tbody>
            {perRight.map(({ right, count }) => (
              <tr key={right}>
                <th scope="row">{translate(`resources.dataSubjectRequests.rights.${right}`)}</th>
                <td>{formatInteger(count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
};
