import { useRecordContext, type FieldProps } from 'react-admin';
import { AssignDirectorButton } from './AssignDirectorButton';
import type { ScopeKind } from './directorScope';

/** « Désigner » (or `action`) for the row's school or commune (id = UAI or INSEE code), named for screen readers. */
export const AssignDirectorField = ({ kind, action }: Partial<FieldProps> & { kind: ScopeKind; action?: string }) => {
  const scope = useRecordContext<{ id: string; name: string }>();
  if (!scope) return null;
  return <AssignDirectorButton scope={{ kind, code: scope.id }} name={scope.name} label={action} />;
};
