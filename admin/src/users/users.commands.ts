import type { Identifier } from 'react-admin';
import {
  DeactivateUserDocument,
  ReactivateUserDocument,
  ResetUserPasswordDocument,
  RevokeUserSessionsDocument,
} from '../graphql/generated/graphql';
import { operation } from '../dataProvider/resourceApi';
import { required, secret, text, type Values } from '../dataProvider/values';

const byId = (id: Identifier) => ({ id: String(id) });

/** The account actions of the user page (administrators). */
export const userCommands = {
  deactivateUser: operation(DeactivateUserDocument, byId, ({ deactivateUser }) => deactivateUser.id),
  reactivateUser: operation(ReactivateUserDocument, byId, ({ reactivateUser }) => reactivateUser.id),
  /** Answers the number of sessions closed. */
  revokeUserSessions: operation(RevokeUserSessionsDocument, byId, ({ revokeUserSessions }) => revokeUserSessions),
  /** The server checks the policy against the account's name and e-mail (error on `newPassword`). */
  resetUserPassword: operation(
    ResetUserPasswordDocument,
    (values: Values) => ({ id: required(text(values.id), 'id'), newPassword: required(secret(values.newPassword), 'newPassword') }),
    ({ resetUserPassword }) => resetUserPassword,
  ),
};
