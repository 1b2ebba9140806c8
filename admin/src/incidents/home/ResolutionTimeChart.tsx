import { useTranslate } from 'react-admin';
import type { IncidentTrendsQuery } from '../../graphql/generated/graphql';
import { formatInteger } from '../../format/frenchFormats';
import { businessDuration } from '../remainingTime';
import { ChartFigure } from './ChartFigure';

type Resolution = IncidentTrendsQuery['incidentTrends']['resolution'][number];

/** The median time to resolve, per category, in business hours and without the waits. */
export const ResolutionTimeChart = ({ resolution }: { resolution: readonly Resolution[] }) => {
  const translate = useTranslate();
  const median = (entry: Resolution) =>
    entry.medianMinutes === null ? translate('resources.incidents.home.noResolution') : businessDuration(entry.medianMinutes, translate);
  const category = (entry: Resolution) => translate(`resources.incidents.categories.${entry.category}`);
  return (
    <ChartFigure
      title={translate('resources.incidents.home.median')}
      summary={translate('resources.incidents.home.medianSummary')}
      bars={resolution.map((entry) => ({ key: entry.category, label: category(entry), value: entry.medianMinutes ?? 0, valueText: median(entry) }))}
      table={{
        headers: [translate('resources.incidents.fields.category'), translate('resources.incidents.home.resolvedCount'), translate('resources.incidents.home.medianShort')],
        data: resolution.map((entry) => [category(entry), formatInteger(entry.resolvedCount), median(entry)]),
      }}
    />
  );
};
