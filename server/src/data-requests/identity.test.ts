import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { Role } from '../auth/auth.enums.js';
import { contentPath } from '../files/file-storage.js';
import { DPO, fixedClock, registerRequest } from './data-request.scenarios.js';

const Check = graphql(`
  mutation IdentityCheck($id: ID!, $input: IdentityCheckInput!) {
    recordIdentityCheck(id: $id, input: $input) {
      identityCheck identityRequestedOn identityReceivedOn identityDecidedOn dueOn identityProofs { id name sha256 deletedAt }
    }
  }
`);

const SCAN = Buffer.from('%PDF-1.4\ncarte d’identité\n%%EOF\n');

describe.each(drivers)('identity check (%s)', (driver) => {
  let server: TestServer;
  let dpo: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver, { clock: fixedClock });
    dpo = await server.signIn(DPO);
  });
  afterAll(() => server?.close());

  const upload = async (client: SignedInClient, body: Buffer) => {
    const response = await fetch(`${server.url}/files?purpose=identity-proof&name=cni.pdf`, {
      method: 'POST', body, headers: { cookie: client.cookieHeader(), 'content-type': 'application/octet-stream', 'x-ent-upload': '1' },
    });
    return (await response.json()) as { id: string; sha256: string };
  };
  const download = (client: SignedInClient, id: string) => fetch(`${server.url}/files/${id}`, { headers: { cookie: client.cookieHeader() } });

  it('asks, receives the proof (read by DPOs only), decides, then erases the proof and keeps the decision', async () => {
    const request = await registerRequest(dpo, { receivedOn: '2024-03-01' });
    const asked = await dpo.gql(Check, { id: request.id, input: { status: 'REQUESTED', on: '2024-03-04' } });
    expect(asked.data?.recordIdentityCheck).toMatchObject({ identityCheck: 'REQUESTED', identityRequestedOn: '2024-03-04', dueOn: request.dueOn });

    const proof = await upload(dpo, SCAN);
    const missing = await dpo.gql(Check, { id: request.id, input: { status: 'RECEIVED', on: '2024-03-08' } });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proofFileIds' });
    const received = await dpo.gql(Check, { id: request.id, input: { status: 'RECEIVED', on: '2024-03-08', proofFileIds: [proof.id] } });
    expect(received.data?.recordIdentityCheck).toMatchObject({ identityCheck: 'RECEIVED', identityProofs: [{ id: proof.id, deletedAt: null }] });

    const otherDpo = await server.signIn(DPO);
    expect((await download(otherDpo, proof.id)).status).toBe(200);
    expect((await download(await server.signIn([{ role: Role.SUPPORT }]), proof.id)).status).toBe(404);

    const verified = await dpo.gql(Check, { id: request.id, input: { status: 'VERIFIED', on: '2024-03-11' } });
    expect(verified.data?.recordIdentityCheck).toMatchObject({
      identityCheck: 'VERIFIED', identityDecidedOn: '2024-03-11', dueOn: request.dueOn, // the deadline was not paused
      identityProofs: [{ id: proof.id, sha256: proof.sha256, deletedAt: expect.any(String) }],
    });
    expect(fs.existsSync(contentPath(server.config.filesDir, proof.sha256))).toBe(false);
    expect((await download(dpo, proof.id)).status).toBe(410);
    expect((await dpo.gql(Check, { id: request.id, input: { status: 'FAILED', on: '2024-03-12' } })).errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('refuses a decision before the documents, a file of another purpose, a date before receipt', async () => {
    const request = await registerRequest(dpo, { receivedOn: '2024-03-01' });
    expect((await dpo.gql(Check, { id: request.id, input: { status: 'VERIFIED', on: '2024-03-04' } })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await dpo.gql(Check, { id: request.id, input: { status: 'REQUESTED', on: '2024-02-28' } })).errors?.[0]?.extensions).toMatchObject({ field: 'on' });
    await dpo.gql(Check, { id: request.id, input: { status: 'REQUESTED', on: '2024-03-04' } });
    const team = await server.signIn([{ role: Role.ACADEMIC_TEAM }]);
    const scan = (await (await fetch(`${server.url}/files?purpose=convention-scan&name=c.pdf`, {
      method: 'POST', body: Buffer.from('%PDF-1.4 convention'), headers: { cookie: team.cookieHeader(), 'content-type': 'application/octet-stream', 'x-ent-upload': '1' },
    })).json()) as { id: string };
    const wrong = await dpo.gql(Check, { id: request.id, input: { status: 'RECEIVED', on: '2024-03-05', proofFileIds: [scan.id] } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proofFileIds' });
    // No answer from the person: identity not established, nothing to erase.
    expect((await dpo.gql(Check, { id: request.id, input: { status: 'FAILED', on: '2024-03-18' } })).data?.recordIdentityCheck.identityCheck).toBe('FAILED');
  });
});
