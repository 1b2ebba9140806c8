import { Edit, RecordRepresentation } from 'react-admin';
import { UserForm } from './UserForm';

/** Pessimistic, so that the server's field errors (an e-mail already used) show under the inputs. */
const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" title={<RecordRepresentation />}>
    <UserForm />
  </Edit>
);

export default UserEdit;
