import type { MouseEvent, ReactNode } from 'react';
import { Link, useCreatePath, type Identifier } from 'react-admin';

/** A link to a record's page, usable inside clickable list rows (the click stays with the link). */
export const RecordLink = ({ resource, id, children }: { resource: string; id: Identifier; children: ReactNode }) => {
  const createPath = useCreatePath();
  return (
    <Link to={createPath({ resource, id, type: 'show' })} onClick={(event: MouseEvent) => event.stopPropagation()}>
      {children}
    </Link>
  );
};
