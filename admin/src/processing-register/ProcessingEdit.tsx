import { useCallback, useState } from 'react';
import { Edit, RecordRepresentation } from 'react-admin';
import { ConflictAlert } from '../forms/ConflictAlert';
import { useSaveErrorHandler } from '../forms/useSaveErrorHandler';
import { ProcessingForm } from './ProcessingForm';

/** Pessimistic, with the version read: a change saved meanwhile by another DPO is explained, not overwritten. */
const ProcessingEdit = () => {
  const [conflict, setConflict] = useState(false);
  const onError = useSaveErrorHandler(useCallback(() => setConflict(true), []));
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show" title={<RecordRepresentation />}>
      <ProcessingForm>
        {conflict && (
          <ConflictAlert
            title="resources.processingActivities.conflict.title"
            message="resources.processingActivities.conflict.message"
            onReloaded={() => setConflict(false)}
          />
        )}
      </ProcessingForm>
    </Edit>
  );
};

export default ProcessingEdit;
