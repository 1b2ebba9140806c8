import { HttpError } from 'react-admin';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { stubGraphqlEndpoint } from '../dataProvider/stubGraphqlEndpoint';
import { createAuthProvider, SESSION_ENDED_LOGIN } from './authProvider';
import { loginFailureMessage } from './loginFailure';

type Answer = { data: unknown } | { errors: unknown[]; data: null };

const operationOf = (query: string) => /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '?';

/**
 * Answers each POST /graphql by its operation (`Me`, `Login`, `Logout`) with the next answer of its list;
 * returns a function that lists the operations sent so far.
 */
function answerByOperation(answers: Record<string, Answer[]>): () => string[] {
  const sent = stubGraphqlEndpoint(({ query }) => {
    const answer = answers[operationOf(query)]?.shift();
    if (!answer) throw new Error(`unexpected ${operationOf(query)}`);
    return { body: answer };
  });
  return () => sent.map(({ query }) => operationOf(query));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const erun = {
  id: '5',
  email: 'erun-34@ent-ecole.test',
  displayName: 'Élodie ERUN Pic Saint-Loup (démo)',
  passwordChangedAt: '2026-11-23T15:00:00.000Z',
  grants: [{ role: 'ERUN', scopeLevel: 'CIRCONSCRIPTION', scopeCode: '1' }],
};
const withRole = (role: string) => ({ ...erun, grants: [{ role, scopeLevel: 'REGION', scopeCode: '76' }] });
const me = (user: unknown): Answer => ({ data: { me: user } });
const failure = (code: string, message: string, extensions: Record<string, unknown> = {}): Answer => ({
  data: null,
  errors: [{ message, extensions: { code, ...extensions } }],
});

const rejectionOf = (promise: Promise<unknown>) => promise.then(() => undefined, (reason: unknown) => reason);

describe('me → identity and permissions', () => {
  test('the identity is the user’s name and e-mail; the permissions their roles and grants', async () => {
    answerByOperation({ Me: [me(erun)] });
    const auth = createAuthProvider();
    expect(await auth.getIdentity!()).toEqual({ id: '5', fullName: erun.displayName, email: erun.email, passwordChangedAt: erun.passwordChangedAt });
    expect(await auth.getPermissions!({})).toEqual({ roles: ['ERUN'], grants: erun.grants });
  });

  test.each([
    ['ERUN', { schools: true, schoolEdit: false, users: false, audit: false, outbox: false }],
    ['ACADEMIC_TEAM', { schools: true, schoolEdit: true, users: false, audit: false, outbox: false }],
    ['DPO', { schools: true, schoolEdit: false, users: false, audit: true, outbox: false }],
    ['SUPPORT', { schools: true, schoolEdit: false, users: false, audit: false, outbox: false }],
    ['ADMIN', { schools: true, schoolEdit: true, users: true, audit: true, outbox: true }],
  ])('%s sees what the API lets them use', async (role, expected) => {
    answerByOperation({ Me: [me(withRole(role))] });
    const auth = createAuthProvider();
    const can = (resource: string, action: string) => auth.canAccess!({ resource, action });
    expect({
      schools: await can('schools', 'list'),
      schoolEdit: await can('schools', 'edit'),
      users: await can('users', 'list'),
      audit: await can('audit', 'list'),
      outbox: await can('notifications', 'list'),
    }).toEqual(expected);
    expect(await can('schools', 'delete')).toBe(false); // the API deletes nothing
  });

  test('signed out: no identity, no access', async () => {
    answerByOperation({ Me: [me(null)] });
    const auth = createAuthProvider();
    await expect(auth.getIdentity!()).rejects.toThrow();
    expect(await auth.canAccess!({ resource: 'schools', action: 'list' })).toBe(false);
  });
});

describe('checkAuth', () => {
  test('a first visit signed out goes to the login page without a message', async () => {
    answerByOperation({ Me: [me(null)] });
    expect(await rejectionOf(createAuthProvider().checkAuth({}))).toEqual({ message: false });
  });

  test('the user read less than a minute ago is trusted; after that `me` is asked again', async () => {
    let now = 0;
    const sent = answerByOperation({ Me: [me(erun), me(erun)] });
    const auth = createAuthProvider(() => now);
    await auth.checkAuth({});
    now = 59_000;
    await auth.checkAuth({});
    expect(sent()).toEqual(['Me']);
    now = 61_000;
    await auth.checkAuth({});
    expect(sent()).toEqual(['Me', 'Me']);
  });

  test('screens that check the session together share one `me`', async () => {
    const sent = answerByOperation({ Me: [me(erun)] });
    const auth = createAuthProvider();
    await Promise.all([auth.checkAuth({}), auth.checkAuth({}), auth.getPermissions!({})]);
    expect(sent()).toEqual(['Me']);
  });

  test('a session that ended meanwhile leads to the login page, which says why', async () => {
    let now = 0;
    answerByOperation({ Me: [me(erun), me(null)] });
    const auth = createAuthProvider(() => now);
    await auth.checkAuth({});
    now = 120_000;
    expect(await rejectionOf(auth.checkAuth({}))).toEqual({ redirectTo: SESSION_ENDED_LOGIN, message: false });
  });
});

describe('checkError', () => {
  test('401: the session is over, to the login page (which says why)', async () => {
    const auth = createAuthProvider();
    expect(await rejectionOf(auth.checkError(new HttpError('Connexion requise.', 401)))).toEqual({ redirectTo: SESSION_ENDED_LOGIN, message: false });
  });

  test.each([403, 404, 409, 500, 0])('%i: the user stays on the page (react-admin shows the message)', async (status) => {
    await expect(createAuthProvider().checkError(new HttpError('Message du serveur.', status))).resolves.toBeUndefined();
  });
});

describe('login and logout', () => {
  test('login keeps the user it answers: no `me` needed afterwards', async () => {
    const sent = answerByOperation({ Login: [{ data: { login: erun } }] });
    const auth = createAuthProvider();
    await auth.login({ email: erun.email, password: 'secret' });
    await auth.checkAuth({});
    expect(await auth.getPermissions!({})).toEqual({ roles: ['ERUN'], grants: erun.grants });
    expect(sent()).toEqual(['Login']);
  });

  test.each([
    [failure('UNAUTHENTICATED', 'Adresse électronique ou mot de passe incorrect.'), ['ent.login.errors.badCredentials']],
    [failure('TOO_MANY_ATTEMPTS', 'Trop de tentatives.', { retryAfterSeconds: 900 }), ['ent.login.errors.tooManyAttempts', { smart_count: 15 }]],
    [failure('TOO_MANY_ATTEMPTS', 'Trop de tentatives.', { retryAfterSeconds: 61 }), ['ent.login.errors.tooManyAttempts', { smart_count: 2 }]],
    [failure('INTERNAL_SERVER_ERROR', 'Erreur interne.', { requestId: 'req-7' }), [expect.stringContaining('req-7')]],
  ])('a refused sign-in is worded for the login page', async (answer, message) => {
    answerByOperation({ Login: [answer] });
    const error = await rejectionOf(createAuthProvider().login({ email: erun.email, password: 'wrong' }));
    expect(loginFailureMessage(error)).toEqual(message);
  });

  test('an unreachable server is said so', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('fetch failed');
    });
    const error = await rejectionOf(createAuthProvider().login({ email: erun.email, password: 'secret' }));
    expect(loginFailureMessage(error)).toEqual(['ent.login.errors.unreachable']);
  });

  test('logout closes the session on the server, except one already over', async () => {
    const sent = answerByOperation({ Me: [me(erun)], Logout: [{ data: { logout: true } }] });
    const auth = createAuthProvider();
    await auth.checkAuth({});
    await auth.logout({});
    expect(sent()).toEqual(['Me', 'Logout']);

    const afterExpiry = answerByOperation({ Me: [me(erun)] });
    const expired = createAuthProvider();
    await expired.checkAuth({});
    await rejectionOf(expired.checkError(new HttpError('Connexion requise.', 401)));
    await expired.logout({});
    expect(afterExpiry()).toEqual(['Me']);
  });
});
