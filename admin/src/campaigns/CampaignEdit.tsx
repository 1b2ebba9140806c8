import { Edit, RecordRepresentation } from 'react-admin';
import { CampaignForm } from './CampaignForm';

/** Pessimistic, so that the server's field errors show under the inputs. */
const CampaignEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" title={<RecordRepresentation />}>
    <CampaignForm existing />
  </Edit>
);

export default CampaignEdit;
