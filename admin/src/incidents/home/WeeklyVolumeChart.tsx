import { useTranslate } from 'react-admin';
import type { IncidentTrendsQuery } from '../../graphql/generated/graphql';
import { formatDate, formatInteger } from '../../format/frenchFormats';
import { INCIDENT_CATEGORIES } from '../incidentEnums';
import { ChartFigure } from './ChartFigure';

type Week = IncidentTrendsQuery['incidentTrends']['weeks'][number];

/** Incidents reported each week (Monday to Sunday), with the categories in the table. */
export const WeeklyVolumeChart = ({ weeks }: { weeks: readonly Week[] }) => {
  const translate = useTranslate();
  const total = weeks.reduce((sum, week) => sum + week.count, 0);
  const busiest = weeks.reduce<Week | undefined>((top, week) => (!top || week.count > top.count ? week : top), undefined);
  const weekLabel = (week: Week) => translate('resources.incidents.home.weekOf', { date: formatDate(week.weekOf) });
  const countOf = (week: Week, category: string) => week.byCategory.find((entry) => entry.category === category)?.count ?? 0;
  return (
    <ChartFigure
      title={translate('resources.incidents.home.weekly')}
      summary={translate('resources.incidents.home.weeklySummary', {
        smart_count: total,
        weeks: weeks.length,
        busiest: busiest ? `${weekLabel(busiest)} (${formatInteger(busiest.count)})` : '—',
      })}
      bars={weeks.map((week) => ({ key: week.weekOf, label: weekLabel(week), value: week.count, valueText: formatInteger(week.count) }))}
      table={{
        headers: [
          translate('resources.incidents.home.week'),
          translate('resources.incidents.home.total'),
          ...INCIDENT_CATEGORIES.map((category) => translate(`resources.incidents.categories.${category}`)),
        ],
        data: weeks.map((week) => [
          weekLabel(week),
          formatInteger(week.count),
          ...INCIDENT_CATEGORIES.map((category) => formatInteger(countOf(week, category))),
        ]),
      }}
    />
  );
};
