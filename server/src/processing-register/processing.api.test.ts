import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { Role } from '../auth/auth.enums.js';
import { registerRequest } from '../data-requests/data-request.scenarios.js';
import { ensureProcessingRegister } from './processing-register.data.js';

const Register = graphql(`query ProcessingRegister { processingActivities { id code name legalBasis version } }`);
const Create = graphql(`mutation CreateProcessing($input: CreateProcessingActivityInput!) { createProcessingActivity(input: $input) { id name legalBasis version } }`);
const Update = graphql(`mutation UpdateProcessing($id: ID!, $input: UpdateProcessingActivityInput!) { updateProcessingActivity(id: $id, input: $input) { id retention version } }`);
const Delete = graphql(`mutation DeleteProcessing($id: ID!) { deleteProcessingActivity(id: $id) }`);

const PAYROLL = {
  name: 'Gestion des ERUN', controller: 'Région académique Occitanie', purposes: 'Affectation des ERUN', legalBasis: 'PUBLIC_TASK' as const,
  dataSubjectCategories: 'ERUN', dataCategories: 'Identité, affectation', recipients: 'DRANE', transfers: 'Aucun', retention: 'Durée de l’affectation', securityMeasures: 'Habilitations',
};

describe.each(drivers)('register of processing activities (%s)', (driver) => {
  let server: TestServer;
  let dpo: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver);
    dpo = await server.signIn([{ role: Role.DPO }]);
  });
  afterAll(() => server?.close());

  it('holds the ENT-École processing of Article 8 from the start, once however many starts', async () => {
    await ensureProcessingRegister(server.orm);
    const entries = (await dpo.gql(Register)).data!.processingActivities;
    expect(entries.filter((e) => e.code === 'ENT-ECOLE')).toEqual([expect.objectContaining({ legalBasis: 'PUBLIC_TASK' })]);
  });

  it('lets the DPO add, edit with a version, and remove an entry that no request concerns', async () => {
    const created = (await dpo.gql(Create, { input: PAYROLL })).data!.createProcessingActivity;
    expect(created).toMatchObject({ name: 'Gestion des ERUN', version: 1 });
    const updated = await dpo.gql(Update, { id: created.id, input: { version: 1, retention: 'Cinq ans' } });
    expect(updated.data?.updateProcessingActivity).toMatchObject({ retention: 'Cinq ans', version: 2 });
    expect((await dpo.gql(Update, { id: created.id, input: { version: 1, retention: 'x' } })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await dpo.gql(Update, { id: created.id, input: { version: 2, purposes: null } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purposes' });

    await registerRequest(dpo, { processingId: created.id });
    expect((await dpo.gql(Delete, { id: created.id })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    const unused = (await dpo.gql(Create, { input: { ...PAYROLL, name: 'Essai' } })).data!.createProcessingActivity;
    expect((await dpo.gql(Delete, { id: unused.id })).data?.deleteProcessingActivity).toBe(true);
    const ent = (await dpo.gql(Register)).data!.processingActivities.find((e) => e.code === 'ENT-ECOLE')!;
    expect((await dpo.gql(Delete, { id: ent.id })).errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('is FORBIDDEN to the academic team', async () => {
    const team = await server.signIn([{ role: Role.ACADEMIC_TEAM }]);
    expect((await team.gql(Register)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
