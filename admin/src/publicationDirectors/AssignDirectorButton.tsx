import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Button, LinkBase, useCanAccess, useTranslate } from 'react-admin';
import { assignPath, type DirectorScope } from './directorScope';

/**
 * Opens the assignment form of a school or a commune space, for those who designate (ERUN, ADMIN). In a
 * table, `name` says which row it is for to screen readers: every row has the same visible label.
 */
export const AssignDirectorButton = ({ scope, name, label = 'resources.publicationDirectors.assign.action' }: { scope: DirectorScope; name?: string; label?: string }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'publicationDirectors', action: 'edit' });
  if (!canAccess) return null;
  return (
    <Button
      label={label}
      component={LinkBase}
      to={assignPath(scope)}
      aria-label={name === undefined ? undefined : translate('resources.publicationDirectors.assign.actionFor', { action: translate(label), name })}
    >
      <PersonAddIcon />
    </Button>
  );
};
