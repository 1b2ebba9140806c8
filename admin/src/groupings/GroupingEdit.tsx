import { useCallback, useState } from 'react';
import { Edit, RecordRepresentation, useCanAccess } from 'react-admin';
import { ConflictAlert } from '../forms/ConflictAlert';
import { useSaveErrorHandler } from '../forms/useSaveErrorHandler';
import { DeleteGroupingButton } from './DeleteGroupingButton';
import { GroupingForm } from './GroupingForm';

/** Pessimistic, with the version read: a grouping changed meanwhile is explained and reloaded, not overwritten. */
const GroupingEdit = () => {
  const [conflict, setConflict] = useState(false);
  const onError = useSaveErrorHandler(useCallback(() => setConflict(true), []));
  const { canAccess: mayDelete } = useCanAccess({ resource: 'groupings', action: 'delete' });
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="list" title={<RecordRepresentation />}>
      <GroupingForm toolbarExtra={mayDelete && <DeleteGroupingButton />}>
        {conflict && (
          <ConflictAlert title="resources.groupings.conflict.title" message="resources.groupings.conflict.message" onReloaded={() => setConflict(false)} />
        )}
      </GroupingForm>
    </Edit>
  );
};

export default GroupingEdit;
