import { ChangePasswordDocument } from '../graphql/generated/graphql';
import { operation } from '../dataProvider/resourceApi';
import { required, secret, type Values } from '../dataProvider/values';

export const accountCommands = {
  /** The server checks the current password and its policy (errors on `currentPassword` / `newPassword`). */
  changePassword: operation(
    ChangePasswordDocument,
    (values: Values) => ({
      currentPassword: required(secret(values.currentPassword), 'currentPassword'),
      newPassword: required(secret(values.newPassword), 'newPassword'),
    }),
    ({ changePassword }) => changePassword,
  ),
};
