import { Create } from 'react-admin';
import { CampaignForm } from './CampaignForm';

const CampaignCreate = () => (
  <Create redirect="list">
    <CampaignForm />
  </Create>
);

export default CampaignCreate;
