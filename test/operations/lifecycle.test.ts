import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVER_ENTRY, repositoryRoot } from '../support/builtArtifacts.js';
import { startServer, type RunningServer } from '../e2e/support/server.js';

const run = promisify(execFile);
const CLI = SERVER_ENTRY.replace(/main\.js$/, 'cli.js');

/** What an operator relies on (shared/ACCEPTANCE.md): start, health, signals, several instances, the CLI. */
describe('running the product', () => {
  const started: RunningServer[] = [];
  const start = async (env?: NodeJS.ProcessEnv) => {
    const server = await startServer(env ? { env } : {});
    started.push(server);
    return server;
  };
  afterAll(async () => {
    await Promise.all(started.map((server) => server.stop()));
  });

  const post = (server: RunningServer, body: object, cookie = '') => fetch(`${server.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie }, body: JSON.stringify(body),
  });

  it('starts in production with only PORT and DATABASE_URL: no demo data, no introspection, warnings for the operator', async () => {
    const server = await start({ PATH: process.env.PATH, NODE_ENV: 'production' });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const introspection = await (await post(server, { query: '{ __schema { queryType { name } } }' })).json() as { errors: Array<{ extensions: { code: string } }> };
    expect(introspection.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const demo = await (await post(server, { query: 'mutation { login(email: "admin@ent-ecole.test", password: "Occitanie-Demo-2026!") { id } }' })).json() as { errors: Array<{ extensions: { code: string } }> };
    expect(demo.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(server.output()).toMatch(/SMTP_URL is not set/);
  });

  it('stops cleanly on SIGTERM and on SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const server = await start();
      const began = Date.now();
      expect(await server.kill(signal)).toBe(0);
      expect(Date.now() - began).toBeLessThan(5_000);
    }
  });

  it('runs several instances at once on their own ports and database files, and the CLI beside a running server', async () => {
    const [first, second] = await Promise.all([start(), start()]);
    for (const server of [first!, second!]) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const { stdout } = await run(process.execPath, [CLI, 'user:create', 'operatrice@ac-toulouse.fr', '--name', 'Opératrice', '--role', 'SUPPORT'], {
      cwd: repositoryRoot, env: { ...process.env, DATABASE_URL: `sqlite:${first!.databaseFile}`, NEW_USER_PASSWORD: 'Toulouse-Assistance-2026!' },
    });
    expect(stdout).toMatch(/Compte n° \d+ créé/);
    const login = await (await post(first!, { query: 'mutation { login(email: "operatrice@ac-toulouse.fr", password: "Toulouse-Assistance-2026!") { email } }' })).json() as { data: { login: { email: string } } };
    expect(login.data.login.email).toBe('operatrice@ac-toulouse.fr');
  });
});
