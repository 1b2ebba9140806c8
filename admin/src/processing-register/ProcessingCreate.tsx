import { Create } from 'react-admin';
import { ProcessingForm } from './ProcessingForm';

const ProcessingCreate = () => (
  <Create redirect="show">
    <ProcessingForm />
  </Create>
);

export default ProcessingCreate;
