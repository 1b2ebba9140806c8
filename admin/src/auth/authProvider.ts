import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AuthProvider } from 'react-admin';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { toHttpError } from '../dataProvider/serverErrors';
import { LoginDocument, LogoutDocument, MeDocument, type SessionUserFragment } from '../graphql/generated/graphql';
import { mayAccess } from './access';
import { identityOf } from './identity';
import { permissionsOf, type Permissions } from './permissions';

/**
 * How long the user read from `me` is trusted by page changes. Every API call checks the session anyway
 * (a 401 goes through `checkError`); this only bounds how late an idle or revoked session is noticed on
 * screens that call nothing.
 */
const RECHECK_AFTER_MS = 60_000;

/** Where a session that ended under the user's feet (idle, revoked, password reset) leads: the login page says why. */
export const SESSION_ENDED_LOGIN = '/login?session=ended';

/** API failures as react-admin's HttpError (status, the server's message, its code). */
const request = <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> =>
  graphqlRequest(document, variables).catch((error: unknown) => {
    throw toHttpError(error);
  });

/**
 * react-admin's authProvider over the API's session cookie (HttpOnly: the console never sees it). The
 * user and grants come from `login` and `me`; menus, buttons and pages follow `canAccess`.
 * `now` is the clock, for tests.
 */
export function createAuthProvider(now: () => number = Date.now): AuthProvider {
  // This tab's user as last read (null: known to be signed out), and when it was read.
  let known: { user: SessionUserFragment | null; readAt: number } | undefined;

  const remember = (user: SessionUserFragment | null) => {
    known = { user, readAt: now() };
    return user;
  };
  // Screens mounting together check the session together: one `me` answers them all.
  let reading: Promise<SessionUserFragment | null> | undefined;
  const readMe = () => {
    reading ??= request(MeDocument, {})
      .then(({ me }) => remember(me))
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };
  const currentUser = async () => (known ? known.user : readMe());
  const permissions = async (): Promise<Permissions | undefined> => {
    const user = await currentUser();
    return user ? permissionsOf(user.grants) : undefined;
  };

  return {
    async login({ email, password }: { email: string; password: string }) {
      remember((await request(LoginDocument, { email, password })).login);
    },

    async logout() {
      const maybeSignedIn = known?.user !== null;
      remember(null);
      // A session already over (expired, revoked) has nothing left to close; an unreachable server ends
      // the session itself after 30 idle minutes.
      if (maybeSignedIn) await request(LogoutDocument, {}).catch(() => undefined);
    },

    async checkAuth() {
      const wasSignedIn = Boolean(known?.user);
      const user = known && now() - known.readAt < RECHECK_AFTER_MS ? known.user : await readMe();
      if (user) return;
      // `message: false`: the login page itself explains (a first visit needs no "please sign in" toast).
      throw wasSignedIn ? { redirectTo: SESSION_ENDED_LOGIN, message: false } : { message: false };
    },

    async checkError(error: unknown) {
      const status = (error as { status?: unknown } | null)?.status;
      if (status === 401) {
        remember(null);
        throw { redirectTo: SESSION_ENDED_LOGIN, message: false };
      }
      // 403 and everything else: the user stays on the page, and react-admin shows the server's message.
    },

    // Read afresh (react-query keeps it for minutes): "My account" refetches it after a password change.
    async getIdentity() {
      const user = await readMe();
      if (!user) throw new Error('ra.auth.auth_check_error');
      return identityOf(user);
    },

    getPermissions: permissions,

    async canAccess({ resource, action }) {
      const granted = await permissions();
      return granted !== undefined && mayAccess(granted, resource, action);
    },
  };
}
