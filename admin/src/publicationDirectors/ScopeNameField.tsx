import type { MouseEvent } from 'react';
import { Link, useRecordContext, type FieldProps } from 'react-admin';
import { directorTabPath, type ScopeKind } from './directorScope';

/** The row's school or commune (id = UAI or INSEE code) by name, opening the « Directeur de publication » tab of its page. */
export const ScopeNameField = ({ kind }: FieldProps & { kind: ScopeKind }) => {
  const scope = useRecordContext<{ id: string; name: string }>();
  if (!scope) return null;
  return (
    <Link to={directorTabPath({ kind, code: scope.id })} onClick={(event: MouseEvent) => event.stopPropagation()}>
      {scope.name}
    </Link>
  );
};
