import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { Priority } from '../../graphql/generated/graphql';

/** P1 and P2 call for action now; the colour repeats the figure, which is always written. */
const SEVERITY: Record<Priority, 'error' | 'warning' | 'info' | 'new' | undefined> = {
  P1: 'error',
  P2: 'warning',
  P3: 'info',
  P4: undefined,
  P5: undefined,
};

/** « P1 » … « P5 » as a DSFR badge. */
export const PriorityBadge = ({ priority }: { priority: Priority }) => (
  <Badge as="span" severity={SEVERITY[priority]} small noIcon>
    {priority}
  </Badge>
);
