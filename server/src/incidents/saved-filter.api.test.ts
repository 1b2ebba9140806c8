import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { Role } from '../auth/auth.enums.js';

const Saved = graphql(`query SavedFilters { savedIncidentFilters { id name filter { status priority breached departmentCode } } }`);
const Save = graphql(`mutation SaveFilter($name: String!, $filter: IncidentFilter!) { saveIncidentFilter(name: $name, filter: $filter) { id name filter { priority breached status } } }`);
const Update = graphql(`mutation UpdateFilter($id: ID!, $name: String, $filter: IncidentFilter) { updateIncidentFilter(id: $id, name: $name, filter: $filter) { id name filter { status priority } } }`);
const Delete = graphql(`mutation DeleteFilter($id: ID!) { deleteIncidentFilter(id: $id) }`);

describe.each(drivers)('saved incident filters (%s)', (driver) => {
  let server: TestServer;
  let support: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver);
    support = await server.signIn([{ role: Role.SUPPORT }]);
  });
  afterAll(() => server?.close());

  it('saves, lists, renames, changes and deletes one’s own filters', async () => {
    const saved = await support.gql(Save, { name: 'Mes P1 en retard', filter: { priority: ['P1'], breached: true } });
    expect(saved.data?.saveIncidentFilter).toMatchObject({ name: 'Mes P1 en retard', filter: { priority: ['P1'], breached: true, status: null } });
    const id = saved.data!.saveIncidentFilter.id;
    expect((await support.gql(Save, { name: 'Mes P1 en retard', filter: {} })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await support.gql(Save, { name: 'Hérault', filter: { departmentCode: 'XX' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentCode' });
    expect((await support.gql(Save, { name: ' ', filter: {} })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });

    const renamed = await support.gql(Update, { id, name: 'P1 en attente', filter: { priority: ['P1'], status: ['PENDING'] } });
    expect(renamed.data?.updateIncidentFilter).toEqual({ id, name: 'P1 en attente', filter: { status: ['PENDING'], priority: ['P1'] } });
    expect((await support.gql(Saved)).data?.savedIncidentFilters.map((f) => f.name)).toEqual(['P1 en attente']);
    expect((await support.gql(Delete, { id })).data?.deleteIncidentFilter).toBe(true);
    expect((await support.gql(Saved)).data?.savedIncidentFilters).toEqual([]);
  });

  it('keeps each user’s filters to themself', async () => {
    const id = (await support.gql(Save, { name: 'Gard', filter: { departmentCode: '30' } })).data!.saveIncidentFilter.id;
    const other = await server.signIn([{ role: Role.ERUN }]);
    expect((await other.gql(Saved)).data?.savedIncidentFilters).toEqual([]);
    expect((await other.gql(Update, { id, name: 'À moi' })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await other.gql(Delete, { id })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await other.gql(Save, { name: 'Gard', filter: {} })).errors).toBeUndefined();
  });
});
