import type { Role, SessionUserFragment } from '../graphql/generated/graphql';

/** A grant as the API gives it: a role on a scope (région, académie, département or circonscription). */
export type Grant = SessionUserFragment['grants'][number];

/** What the console knows of the signed-in user's rights (react-admin's `permissions`). */
export interface Permissions {
  /** Each role once, whatever the number of scopes it is held on. */
  roles: Role[];
  grants: Grant[];
}

export const permissionsOf = (grants: readonly Grant[]): Permissions => ({
  roles: [...new Set(grants.map((grant) => grant.role))],
  grants: grants.map(({ role, scopeLevel, scopeCode }) => ({ role, scopeLevel, scopeCode })),
});

/** True when the user holds one of the roles. As on the server, ADMIN holds them all. */
export const holdsRole = (permissions: Permissions, ...roles: Role[]): boolean =>
  permissions.roles.includes('ADMIN') || roles.some((role) => permissions.roles.includes(role));
