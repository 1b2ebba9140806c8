import {
  CreateUserDocument,
  SetUserGrantsDocument,
  UpdateUserDocument,
  UserDocument,
  UsersDocument,
  type GrantInput,
  type UserDetailsFragment,
  type UserFilter,
  type UserOrderField,
} from '../graphql/generated/graphql';
import { listResult, listVariables, type ListQuery } from '../dataProvider/listQuery';
import { operation, type ResourceApi, type UpdateQuery } from '../dataProvider/resourceApi';
import { notFoundError } from '../dataProvider/serverErrors';
import { flag, oneOf, required, secret, text, type Values } from '../dataProvider/values';
import { ROLES, SCOPE_LEVELS } from '../grants/grantEnums';

/** The API's user already has an `id`. */
export type UserRecord = UserDetailsFragment;

const SORT_FIELDS: Partial<Record<string, UserOrderField>> = {
  email: 'EMAIL',
  displayName: 'DISPLAY_NAME',
  lastLoginAt: 'LAST_LOGIN_AT',
  createdAt: 'CREATED_AT',
};

const userFilter = (filter: Values): UserFilter => ({ q: text(filter.q), role: oneOf(ROLES, filter.role), active: flag(filter.active) });

/** The grants editor's rows; its inputs are required, so an incomplete row is a console bug reported under it. */
const grantInputs = (rows: unknown): GrantInput[] =>
  (Array.isArray(rows) ? (rows as Values[]) : []).map((row) => ({
    role: required(oneOf(ROLES, row.role), 'grants'),
    scopeLevel: required(oneOf(SCOPE_LEVELS, row.scopeLevel), 'grants'),
    scopeCode: required(text(row.scopeCode), 'grants'),
  }));

const grantsKey = (grants: GrantInput[]) => JSON.stringify(grants.map((grant) => `${grant.role}@${grant.scopeLevel}:${grant.scopeCode}`).sort());

const readUser = operation(UserDocument, (id: string) => ({ id }), ({ user }) => user);
const updateIdentity = operation(UpdateUserDocument, (variables: { id: string; displayName?: string; email?: string }) => {
  const { id, ...input } = variables;
  return { id, input };
}, ({ updateUser }) => updateUser);
const setGrants = operation(SetUserGrantsDocument, (variables: { id: string; grants: GrantInput[] }) => variables, ({ setUserGrants }) => setUserGrants);

/**
 * The API changes a user's name and e-mail (`updateUser`) and their grants (`setUserGrants`) separately:
 * only what the form changed is sent, identity first, so that an e-mail already taken stops the save
 * before the grants change.
 */
async function updateUser({ id, data, previousData }: UpdateQuery): Promise<UserRecord> {
  const userId = String(id);
  const displayName = text(data.displayName);
  const email = text(data.email);
  const identityChanged = displayName !== text(previousData.displayName) || email !== text(previousData.email);
  const grants = grantInputs(data.grants);
  const grantsChanged = grantsKey(grants) !== grantsKey(grantInputs(previousData.grants));

  let updated: UserRecord | null = null;
  if (identityChanged) updated = await updateIdentity({ id: userId, displayName, email });
  if (grantsChanged) updated = await setGrants({ id: userId, grants });
  if (updated) return updated;
  const unchanged = await readUser(userId);
  if (!unchanged) throw notFoundError();
  return unchanged;
}

export const usersApi: ResourceApi<UserRecord> = {
  getList: operation(
    UsersDocument,
    (query: ListQuery) => listVariables(query, SORT_FIELDS, userFilter),
    ({ users }) => listResult(users, (user) => user),
  ),
  getOne: (id) => readUser(String(id)),
  create: operation(
    CreateUserDocument,
    (data) => ({
      input: {
        email: required(text(data.email), 'email'),
        displayName: required(text(data.displayName), 'displayName'),
        password: required(secret(data.password), 'password'),
        grants: grantInputs(data.grants),
      },
    }),
    ({ createUser }) => createUser,
  ),
  update: updateUser,
};
