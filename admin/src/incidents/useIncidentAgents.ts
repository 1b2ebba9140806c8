import { useQuery } from '@tanstack/react-query';
import { useCommand } from '../dataProvider/useCommand';

/** Whom incidents may be given to (support agents, administrators): one request shared by every select. */
export function useIncidentAgents({ enabled = true } = {}) {
  const listAgents = useCommand('incidentAgents');
  // Accounts change seldom: once per visit is enough.
  return useQuery({ queryKey: ['incidentAgents'], queryFn: () => listAgents(), staleTime: 5 * 60_000, enabled });
}
