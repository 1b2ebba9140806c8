import { Create } from 'react-admin';
import { UserForm } from './UserForm';

/** A new account starts with one empty grant row: an account without grants can do nothing. */
const UserCreate = () => (
  <Create redirect="show" record={{ grants: [{}] }}>
    <UserForm withPassword />
  </Create>
);

export default UserCreate;
