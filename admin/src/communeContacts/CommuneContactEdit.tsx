import { useCallback, useState } from 'react';
import { Edit } from 'react-admin';
import { ConflictAlert } from '../forms/ConflictAlert';
import { useSaveErrorHandler } from '../forms/useSaveErrorHandler';
import { CommuneContactForm } from './CommuneContactForm';
import { CommuneContactTitle } from './CommuneContactTitle';

/** Pessimistic: the SIRET's check and a concurrent change (version) are the server's to refuse before anything is lost. */
const CommuneContactEdit = () => {
  const [conflict, setConflict] = useState(false);
  const onError = useSaveErrorHandler(useCallback(() => setConflict(true), []));
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show" title={<CommuneContactTitle />}>
      <CommuneContactForm>
        {conflict && (
          <ConflictAlert
            title="resources.communeContacts.conflict.title"
            message="resources.communeContacts.conflict.message"
            onReloaded={() => setConflict(false)}
          />
        )}
      </CommuneContactForm>
    </Edit>
  );
};

export default CommuneContactEdit;
