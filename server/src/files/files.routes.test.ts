import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { Role } from '../auth/auth.enums.js';
import { contentPath, eraseFileContent, findFile } from './file-storage.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe.each(drivers)('file uploads (%s)', (driver) => {
  let server: TestServer;
  let team: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver);
    team = await server.signIn([{ role: Role.ACADEMIC_TEAM }]);
  });
  afterAll(() => server?.close());

  const upload = (client: { cookieHeader(): string }, body: Buffer, query: string, headers: Record<string, string> = { 'x-ent-upload': '1' }) =>
    fetch(`${server.url}/files?${query}`, { method: 'POST', body, headers: { cookie: client.cookieHeader(), 'content-type': 'application/octet-stream', ...headers } });

  it('stores a PDF by its SHA-256, detected from its content, and gives it back to its uploader', async () => {
    const response = await upload(team, PDF, 'purpose=convention-scan&name=../../deliberation%2048-2023.pdf');
    expect(response.status).toBe(201);
    const file = (await response.json()) as { id: string; name: string; contentType: string; size: number; sha256: string };
    expect(file).toMatchObject({ name: 'deliberation 48-2023.pdf', contentType: 'application/pdf', size: PDF.length });
    expect(fs.readFileSync(contentPath(server.config.filesDir, file.sha256))).toEqual(PDF);
    const back = await fetch(`${server.url}/files/${file.id}`, { headers: { cookie: team.cookieHeader() } });
    expect(back.status).toBe(200);
    expect(back.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''deliberation%2048-2023.pdf");
    expect(Buffer.from(await back.arrayBuffer())).toEqual(PDF);
  });

  it('refuses a wrong type whatever its name, a file too large, a missing CSRF header, a wrong role', async () => {
    expect((await upload(team, Buffer.from('MZ\x90\x00 not a pdf'), 'purpose=convention-scan&name=scan.pdf')).status).toBe(415);
    expect((await upload(team, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), 'purpose=convention-scan&name=big.pdf')).status).toBe(413);
    expect((await upload(team, PDF, 'purpose=convention-scan&name=x.pdf', {})).status).toBe(400);
    expect((await upload(team, PDF, 'purpose=unknown&name=x.pdf')).status).toBe(400);
    const support = await server.signIn([{ role: Role.SUPPORT }]);
    expect((await upload(support, PDF, 'purpose=convention-scan&name=x.pdf')).status).toBe(403);
    expect((await upload(server.client(), PDF, 'purpose=convention-scan&name=x.pdf')).status).toBe(401);
    expect(fs.readdirSync(`${server.config.filesDir}/incoming`)).toEqual([]); // nothing half-written left behind
  });

  it('hides a file from others, and keeps the proof of an erased one', async () => {
    const file = (await (await upload(team, Buffer.from('%PDF-1.4 other'), 'purpose=convention-scan&name=a.pdf')).json()) as { id: string; sha256: string };
    const other = await server.signIn([{ role: Role.ACADEMIC_TEAM }]);
    expect((await fetch(`${server.url}/files/${file.id}`, { headers: { cookie: other.cookieHeader() } })).status).toBe(404);
    await eraseFileContent(server.em(), server.config.filesDir, Number(file.id), new Date());
    expect(fs.existsSync(contentPath(server.config.filesDir, file.sha256))).toBe(false);
    expect((await findFile(server.em(), Number(file.id)))?.sha256).toBe(file.sha256);
    expect((await fetch(`${server.url}/files/${file.id}`, { headers: { cookie: team.cookieHeader() } })).status).toBe(410);
  });
});
