import { useQuery } from '@tanstack/react-query';
import { useCanAccess } from 'react-admin';
import { useCommand } from '../dataProvider/useCommand';
import type { DirectorScope } from './directorScope';

/**
 * A scope's name, current publication director and, for the roles that may read it, history. Refreshed by
 * react-admin's refresh after each action, as the page's own data is.
 */
export function useScopeDirectors(scope: DirectorScope) {
  const { canAccess: withHistory, isPending: accessPending } = useCanAccess({ resource: 'publicationDirectors', action: 'history' });
  const read = useCommand('publicationDirectorsOf');
  return useQuery({
    queryKey: ['publicationDirectorsOf', scope.kind, scope.code, withHistory],
    queryFn: () => read({ scope, withHistory: withHistory === true }),
    enabled: !accessPending,
  });
}
