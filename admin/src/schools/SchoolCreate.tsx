import { Create } from 'react-admin';
import { SchoolForm } from './SchoolForm';

const SchoolCreate = () => (
  <Create redirect="show">
    <SchoolForm withUai />
  </Create>
);

export default SchoolCreate;
