import { useCallback, useState } from 'react';
import { Edit, RecordRepresentation } from 'react-admin';
import { ConflictAlert } from '../forms/ConflictAlert';
import { useSaveErrorHandler } from '../forms/useSaveErrorHandler';
import { SchoolForm } from './SchoolForm';

/**
 * Pessimistic: the save waits for the server, so that its field errors show under the inputs and a
 * version conflict (someone else saved first) can be explained before anything is lost.
 */
const SchoolEdit = () => {
  const [conflict, setConflict] = useState(false);
  const onError = useSaveErrorHandler(useCallback(() => setConflict(true), []));
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show" title={<RecordRepresentation />}>
      <SchoolForm>
        {conflict && (
          <ConflictAlert title="resources.schools.conflict.title" message="resources.schools.conflict.message" onReloaded={() => setConflict(false)} />
        )}
      </SchoolForm>
    </Edit>
  );
};

export default SchoolEdit;
