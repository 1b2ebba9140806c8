import { Select } from '@codegouvfr/react-dsfr/Select';
import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, useLocaleState, useTranslate } from 'react-admin';
import { useCommand } from '../../dataProvider/useCommand';
import { ReportChart } from './ReportChart';
import { ReportFigures } from './ReportFigures';
import { ReportTable } from './ReportTable';

/** The GDPR applies from 2018: the report goes back that far. */
const FIRST_YEAR = 2018;

/** Short month names in the console's language (« janv. »), for the chart and its table. */
const monthNamesOf = (locale: string) =>
  Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, month, 15))));

/**
 * The yearly report of the requests received in a year: counts per right, median answer time, share
 * answered on time, and the months as a chart with its table. Figures only: no personal data.
 */
export const YearlyReport = ({ currentYear }: { currentYear: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [year, setYear] = useState(currentYear);
  const readReport = useCommand('dataSubjectRequestReport');
  const { data: report, isPending } = useQuery({ queryKey: ['dataSubjectRequestReport', year], queryFn: () => readReport(year) });
  const years = Array.from({ length: currentYear - FIRST_YEAR + 1 }, (_, index) => currentYear - index);
  const monthNames = monthNamesOf(locale);
  const key = 'resources.dataSubjectRequests.report';
  return (
    <Box component="section" aria-labelledby="yearly-report-title">
      <Typography id="yearly-report-title" variant="h6" component="h3" gutterBottom>
        {translate(`${key}.title`, { year })}
      </Typography>
      <Select
        label={translate(`${key}.year`)}
        nativeSelectProps={{ value: year, onChange: (event) => setYear(Number(event.target.value)) }}
        className="fr-mb-2w"
        style={{ maxWidth: 200 }}
      >
        {years.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </Select>
      {isPending || !report ? (
        <Loading />
      ) : (
        <>
          <ReportFigures report={report} />
          <ReportChart perMonth={report.perMonth} year={year} monthNames={monthNames} />
          <ReportTable perMonth={report.perMonth} year={year} monthNames={monthNames} />
        </>
      )}
    </Box>
  );
};
