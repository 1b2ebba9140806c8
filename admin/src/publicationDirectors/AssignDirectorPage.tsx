import { useMemo } from 'react';
import { NotFound } from 'react-admin';
import { useParams } from 'react-router';
import { AssignDirector } from './AssignDirector';
import { scopeKindOf, type DirectorScope } from './directorScope';

/** ASSIGN_ROUTE: the assignment form of a school (`school/UAI`) or a commune space (`commune/INSEE`). */
const AssignDirectorPage = () => {
  const { kind, code } = useParams();
  const scopeKind = scopeKindOf(kind);
  // One scope object per address: the form keeps what is typed while the page re-renders.
  const scope = useMemo<DirectorScope | undefined>(() => (scopeKind && code ? { kind: scopeKind, code } : undefined), [scopeKind, code]);
  return scope ? <AssignDirector scope={scope} /> : <NotFound />;
};

export default AssignDirectorPage;
