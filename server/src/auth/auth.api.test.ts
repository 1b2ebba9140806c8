import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { Role, ScopeLevel } from './auth.enums.js';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './session.service.js';

const Login = graphql(`
  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id email displayName grants { role scopeLevel scopeCode } } }
`);
const Logout = graphql(`mutation Logout { logout }`);
const Me = graphql(`query Me { me { id email } }`);
const Count = graphql(`query CountAcademies { academies { totalCount } }`);
const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }
`);
const Deactivate = graphql(`mutation Deactivate($id: ID!) { deactivateUser(id: $id) { id active } }`);
const RevokeSessions = graphql(`mutation RevokeSessions($id: ID!) { revokeUserSessions(id: $id) }`);

/** A clock the test moves by hand. */
function manualClock(start = new Date('2024-03-04T08:00:00Z')) {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

describe.each(drivers)('authentication and sessions (%s)', (driver) => {
  const clock = manualClock();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver, { clock: clock.now });
  });
  afterAll(() => server?.close());

  it('signs in with a session cookie (HttpOnly, SameSite=Lax, not Secure over http in development) and answers `me`', async () => {
    const dpo = await server.signIn([{ role: Role.DPO }], 'dpo.login@test.invalid');
    const anonymous = server.client();
    const response = await anonymous.gql(Login, { email: '  DPO.Login@Test.Invalid ', password: TEST_PASSWORD });
    expect(response.errors).toBeUndefined();
    expect(response.data?.login).toMatchObject({ id: String(dpo.userId), email: 'dpo.login@test.invalid', grants: [{ role: 'DPO', scopeLevel: 'REGION', scopeCode: '76' }] });
    const cookie = response.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^ent_session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax$/);
    expect((await anonymous.gql(Me)).data?.me).toEqual({ id: String(dpo.userId), email: 'dpo.login@test.invalid' });
  });

  it('answers null to `me` and UNAUTHENTICATED to everything else without a session', async () => {
    const anonymous = server.client();
    expect((await anonymous.gql(Me)).data?.me).toBeNull();
    expect((await anonymous.gql(Count)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    await server.signIn([{ role: Role.SUPPORT }], 'known@test.invalid');
    const unknown = await server.client().gql(Login, { email: 'nobody@test.invalid', password: TEST_PASSWORD });
    const wrong = await server.client().gql(Login, { email: 'known@test.invalid', password: 'Wrong-Password-1!' });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses the 6th attempt within 15 minutes with TOO_MANY_ATTEMPTS, even with the right password', async () => {
    await server.signIn([{ role: Role.SUPPORT }], 'target@test.invalid');
    for (let attempt = 1; attempt <= 5; attempt++) {
      const failed = await server.client().gql(Login, { email: 'target@test.invalid', password: `Wrong-Password-${attempt}!` });
      expect(failed.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    const sixth = await server.client().gql(Login, { email: 'target@test.invalid', password: TEST_PASSWORD });
    expect(sixth.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 900 });
    clock.advance(15 * 60_000 + 1000);
    expect((await server.client().gql(Login, { email: 'target@test.invalid', password: TEST_PASSWORD })).errors).toBeUndefined();
  });

  it('checks the session in one statement, and writes its last-seen time at most once a minute', async () => {
    const client = await server.signIn([{ role: Role.SUPPORT }]);
    const touch = await client.gql(Count); // first request after sign-in: same minute, no write
    expect(touch.statements).toBe(2); // session + count
    clock.advance(30_000);
    expect((await client.gql(Count)).statements).toBe(2);
    clock.advance(31_000);
    expect((await client.gql(Count)).statements).toBe(3); // + last-seen update
    expect((await client.gql(Count)).statements).toBe(2);
  });

  it('ends a session after 30 idle minutes, and after 12 hours whatever the activity', async () => {
    const idle = await server.signIn([{ role: Role.SUPPORT }]);
    clock.advance(SESSION_IDLE_MS - 60_000);
    expect((await idle.gql(Count)).errors).toBeUndefined();
    clock.advance(SESSION_IDLE_MS + 1000);
    expect((await idle.gql(Count)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

    const busy = await server.signIn([{ role: Role.SUPPORT }]);
    for (let elapsed = 0; elapsed < SESSION_ABSOLUTE_MS - 20 * 60_000; elapsed += 20 * 60_000) {
      clock.advance(20 * 60_000);
      expect((await busy.gql(Count)).errors).toBeUndefined();
    }
    clock.advance(21 * 60_000);
    expect((await busy.gql(Count)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('revokes on logout', async () => {
    const client = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.DEPARTMENT, scopeCode: '34' }]);
    const stolenCookie = client.cookieHeader();
    const out = await client.gql(Logout);
    expect(out.data?.logout).toBe(true);
    expect(out.headers.getSetCookie()[0]).toMatch(/^ent_session=; Max-Age=0/);
    const replay = await server.client().post({ query: '{ academies { totalCount } }' }, { cookie: stolenCookie });
    expect(replay.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('revokes the other sessions on a password change, keeps this one', async () => {
    const here = await server.signIn([{ role: Role.DPO }], 'changer@test.invalid');
    const elsewhere = server.client();
    await elsewhere.gql(Login, { email: 'changer@test.invalid', password: TEST_PASSWORD });
    const weak = await here.gql(ChangePassword, { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const wrongCurrent = await here.gql(ChangePassword, { currentPassword: 'Not-The-Password-1', newPassword: 'Nouveau-Secret-2026!' });
    expect(wrongCurrent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect((await here.gql(ChangePassword, { currentPassword: TEST_PASSWORD, newPassword: 'Nouveau-Secret-2026!' })).data?.changePassword).toBe(true);
    expect((await here.gql(Count)).errors).toBeUndefined();
    expect((await elsewhere.gql(Count)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await server.client().gql(Login, { email: 'changer@test.invalid', password: 'Nouveau-Secret-2026!' })).errors).toBeUndefined();
  });

  it('revokes on deactivation and on an administrator’s request, and refuses a deactivated account', async () => {
    const admin = await server.signIn();
    const victim = await server.signIn([{ role: Role.SUPPORT }], 'victim@test.invalid');
    const second = server.client();
    await second.gql(Login, { email: 'victim@test.invalid', password: TEST_PASSWORD });
    expect((await admin.gql(RevokeSessions, { id: String(victim.userId) })).data?.revokeUserSessions).toBe(2);
    expect((await victim.gql(Count)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

    const again = server.client();
    await again.gql(Login, { email: 'victim@test.invalid', password: TEST_PASSWORD });
    expect((await admin.gql(Deactivate, { id: String(victim.userId) })).data?.deactivateUser).toEqual({ id: String(victim.userId), active: false });
    expect((await again.gql(Count)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await server.client().gql(Login, { email: 'victim@test.invalid', password: TEST_PASSWORD })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await admin.gql(Deactivate, { id: String(admin.userId) })).errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('stores only the hash of session tokens and argon2id hashes of passwords', async () => {
    const client = await server.signIn([{ role: Role.SUPPORT }], 'hashes@test.invalid');
    const token = client.cookieHeader().split('=')[1]!;
    const em = server.em();
    const sessions = await rows<{ id: string }>(em, sqlBuilder(em).selectFrom('session').select('id'));
    expect(sessions.some((s) => s.id === token)).toBe(false);
    const [user] = await rows<{ hash: string }>(em, sqlBuilder(em).selectFrom('app_user').select('password_hash as hash').where('email', '=', 'hashes@test.invalid'));
    expect(user?.hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });
});

describe.each(drivers)('session cookie in production (%s)', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver, { env: 'production' });
  });
  afterAll(() => server?.close());

  it('is Secure with the __Host- prefix', async () => {
    await server.signIn([{ role: Role.SUPPORT }], 'prod@test.invalid');
    const response = await server.client().gql(Login, { email: 'prod@test.invalid', password: TEST_PASSWORD });
    expect(response.headers.getSetCookie()[0]).toMatch(/^__Host-ent_session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
  });
});
