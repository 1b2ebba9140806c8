import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { Role, ScopeLevel } from './auth.enums.js';

const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id email displayName active grants { role scopeLevel scopeCode } } }
`);
const SetGrants = graphql(`
  mutation SetGrants($id: ID!, $grants: [GrantInput!]!) { setUserGrants(id: $id, grants: $grants) { id grants { role scopeLevel scopeCode } } }
`);
const UpdateUser = graphql(`mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id email displayName } }`);
const ResetPassword = graphql(`mutation ResetPassword($id: ID!, $newPassword: String!) { resetUserPassword(id: $id, newPassword: $newPassword) }`);
const Users = graphql(`
  query Users($filter: UserFilter, $limit: Int!) { users(filter: $filter, limit: $limit) { totalCount nodes { id email active } } }
`);
const SignIn = graphql(`mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`);

describe.each(drivers)('account management (%s)', (driver) => {
  let server: TestServer;
  let admin: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver);
    admin = await server.signIn();
  });
  afterAll(() => server?.close());

  const newUser = (email: string, password = 'Bonjour-Occitanie-34!') => ({
    email, displayName: 'Nadia Benali', password, grants: [{ role: 'ERUN' as const, scopeLevel: 'DEPARTMENT' as const, scopeCode: '34' }],
  });

  it('creates an account with its grants; the new user signs in', async () => {
    const created = await admin.gql(CreateUser, { input: newUser('Nadia.Benali@ac-montpellier.fr') });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createUser).toMatchObject({ email: 'nadia.benali@ac-montpellier.fr', active: true, grants: [{ role: 'ERUN', scopeLevel: 'DEPARTMENT', scopeCode: '34' }] });
    const login = await server.client().gql(SignIn, { email: 'nadia.benali@ac-montpellier.fr', password: 'Bonjour-Occitanie-34!' });
    expect(login.errors).toBeUndefined();
  });

  it('refuses a weak password, a taken e-mail and an unknown scope, naming the field', async () => {
    const weak = await admin.gql(CreateUser, { input: newUser('weak@test.invalid', 'azerty123456') });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    await admin.gql(CreateUser, { input: newUser('taken@test.invalid') });
    const taken = await admin.gql(CreateUser, { input: newUser('TAKEN@test.invalid') });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    const scope = await admin.gql(CreateUser, { input: { ...newUser('scope@test.invalid'), grants: [{ role: 'ERUN', scopeLevel: 'DEPARTMENT', scopeCode: '75' }] } });
    expect(scope.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopeCode' });
    const email = await admin.gql(CreateUser, { input: newUser('not-an-email') });
    expect(email.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('replaces grants, with an immediate effect on open sessions', async () => {
    const erun = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.DEPARTMENT, scopeCode: '34' }]);
    const Audit = graphql(`query AuditProbe { auditEntries(limit: 1) { totalCount } }`);
    expect((await erun.gql(Audit)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const set = await admin.gql(SetGrants, { id: String(erun.userId), grants: [{ role: 'DPO', scopeLevel: 'REGION', scopeCode: '76' }] });
    expect(set.data?.setUserGrants.grants).toEqual([{ role: 'DPO', scopeLevel: 'REGION', scopeCode: '76' }]);
    expect((await erun.gql(Audit)).errors).toBeUndefined();
    const kept = await admin.gql(SetGrants, { id: String(erun.userId), grants: [{ role: 'DPO', scopeLevel: 'REGION', scopeCode: '76' }, { role: 'SUPPORT', scopeLevel: 'DEPARTMENT', scopeCode: '34' }] });
    expect(kept.errors).toBeUndefined();
    expect(kept.data?.setUserGrants.grants).toEqual([{ role: 'DPO', scopeLevel: 'REGION', scopeCode: '76' }, { role: 'SUPPORT', scopeLevel: 'DEPARTMENT', scopeCode: '34' }]);
    const again = await admin.gql(SetGrants, { id: String(erun.userId), grants: [{ role: 'SUPPORT', scopeLevel: 'DEPARTMENT', scopeCode: '34' }] });
    expect(again.data?.setUserGrants.grants).toEqual([{ role: 'SUPPORT', scopeLevel: 'DEPARTMENT', scopeCode: '34' }]);
    const selfDemotion = await admin.gql(SetGrants, { id: String(admin.userId), grants: [{ role: 'DPO', scopeLevel: 'REGION', scopeCode: '76' }] });
    expect(selfDemotion.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('updates names and e-mails, resets a password (closing the sessions)', async () => {
    const user = await server.signIn([{ role: Role.SUPPORT }], 'rename@test.invalid');
    const updated = await admin.gql(UpdateUser, { id: String(user.userId), input: { displayName: 'Nouveau Nom', email: 'Renamed@Test.invalid' } });
    expect(updated.data?.updateUser).toEqual({ id: String(user.userId), email: 'renamed@test.invalid', displayName: 'Nouveau Nom' });
    expect((await admin.gql(ResetPassword, { id: String(user.userId), newPassword: 'Remis-A-Zero-2026!' })).data?.resetUserPassword).toBe(true);
    expect((await user.gql(Users, { limit: 1 })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await server.client().gql(SignIn, { email: 'renamed@test.invalid', password: 'Remis-A-Zero-2026!' })).errors).toBeUndefined();
  });

  it('lists and filters accounts; only for administrators', async () => {
    const list = await admin.gql(Users, { filter: { role: 'ERUN', active: true }, limit: 50 });
    expect(list.data?.users.nodes.every((u) => u.active)).toBe(true);
    expect(list.data?.users.totalCount).toBeGreaterThan(0);
    const byName = await admin.gql(Users, { filter: { q: 'BENALI@AC' }, limit: 50 });
    expect(byName.data?.users.nodes.map((u) => u.email)).toEqual(['nadia.benali@ac-montpellier.fr']);
    const dpo = await server.signIn([{ role: Role.DPO }]);
    expect((await dpo.gql(Users, { limit: 1 })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await dpo.gql(CreateUser, { input: newUser('sneaky@test.invalid') })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
