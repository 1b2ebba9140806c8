import { useQuery } from '@tanstack/react-query';
import { useCommand } from '../../dataProvider/useCommand';

/** The weeks the trends cover, the current one included. */
export const TREND_WEEKS = 12;

/** Open incidents within one's perimeter, counted; the live refresh invalidates `incidentSummary`. */
export function useIncidentSummary() {
  const summary = useCommand('incidentSummary');
  return useQuery({ queryKey: ['incidentSummary'], queryFn: () => summary() });
}

/** Weekly volumes and median resolution times: they change slowly, no live refresh. */
export function useIncidentTrends() {
  const trends = useCommand('incidentTrends');
  return useQuery({ queryKey: ['incidentTrends', TREND_WEEKS], queryFn: () => trends(TREND_WEEKS), staleTime: 10 * 60_000 });
}

/** The user's own saved filters, by name. */
export function useSavedIncidentFilters() {
  const saved = useCommand('savedIncidentFilters');
  return useQuery({ queryKey: ['savedIncidentFilters'], queryFn: () => saved() });
}
