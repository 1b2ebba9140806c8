import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { createLogger } from '../logger.js';
import { parseArguments } from './command.js';
import { commands } from './commands.js';

async function runCommand(server: TestServer, argv: string[]): Promise<{ code: number; lines: string[] }> {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name)!;
  const lines: string[] = [];
  const { args, options } = parseArguments(rest);
  const code = (await command.run({ orm: server.orm, config: server.config, logger: createLogger('silent'), args, options, out: (line) => lines.push(line) })) ?? 0;
  return { code, lines };
}

describe('argument parsing', () => {
  it('reads positional arguments, flags and valued options', () => {
    expect(parseArguments(['file.csv', '--dry-run', '--name', 'Claire Martin', '--schools=500'])).toEqual({
      args: ['file.csv'], options: { 'dry-run': true, name: 'Claire Martin', schools: '500' },
    });
  });
});

describe.each(drivers)('command line (%s)', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(() => server?.close());

  it('creates the first administrator, with a generated password that meets the policy', async () => {
    const { code, lines } = await runCommand(server, ['user:create', 'premiere.admin@ac-montpellier.fr', '--name', 'Première Administratrice', '--role', 'ADMIN']);
    expect(code).toBe(0);
    const password = /Mot de passe initial : (\S+)/.exec(lines.join('\n'))?.[1];
    expect(password).toBeDefined();
    const login = await server.client().post({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { grants { role scopeLevel scopeCode } } }', variables: { e: 'premiere.admin@ac-montpellier.fr', p: password } });
    expect(login.data?.login.grants).toEqual([{ role: 'ADMIN', scopeLevel: 'REGION', scopeCode: '76' }]);
  });

  it('explains its usage on bad arguments', async () => {
    expect((await runCommand(server, ['user:create', 'x@y.fr', '--role', 'KING'])).code).toBe(2);
  });

  it('verifies the audit chain', async () => {
    const { code, lines } = await runCommand(server, ['audit:verify']);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^Journal intact : \d+ entrées vérifiées/);
  });
});
