import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createServer, type RunningServer } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { migrate, openOrm, type EntityManager, type Orm } from '../database/orm.js';
import { createLogger } from '../logger.js';
import { buildAppSchema } from '../schema.js';
import { createTestDatabase, type Driver } from './databases.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { hashPassword } from '../auth/passwords.js';
import { rows, sqlBuilder } from '../common/sql.js';

export interface GqlResponse<R> {
  status: number;
  data: R | null | undefined;
  errors: Array<{ message: string; path?: readonly (string | number)[]; extensions: Record<string, unknown> & { code: string } }> | undefined;
  headers: Headers;
  /** SQL statements the server ran for this request. */
  statements: number;
}

/** A browser-like client: keeps the cookies the server sets. */
export class TestClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly url: string) {}

  async gql<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, ...[variables]: V extends Record<string, never> ? [] | [V] : [V]): Promise<GqlResponse<R>> {
    return this.post({ query: print(document), variables });
  }

  /** Raw POST for tests of malformed or hostile requests. */
  async post(body: unknown, headers: Record<string, string> = {}): Promise<GqlResponse<any>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: this.cookieHeader(), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair!.split('=');
      if (value) this.cookies.set(name!.trim(), value);
      else this.cookies.delete(name!.trim());
    }
    const text = await response.text();
    const json = text.startsWith('{') ? (JSON.parse(text) as { data?: any; errors?: any }) : { errors: [{ message: text, extensions: { code: `HTTP_${response.status}` } }] };
    return { status: response.status, data: json.data, errors: json.errors, headers: response.headers, statements: Number(response.headers.get('x-sql-statements') ?? NaN) };
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export interface TestServer {
  driver: Driver;
  url: string;
  orm: Orm;
  config: Config;
  /** A fresh entity manager on the test database, for scenarios and assertions. */
  em(): EntityManager;
  /** An anonymous client. */
  client(): TestClient;
  /** A client signed in as a new user with these grants (ADMIN over the région by default). */
  signIn(grants?: TestGrant[], email?: string): Promise<SignedInClient>;
  close(): Promise<void>;
}

export interface TestGrant {
  role: Role;
  scopeLevel?: ScopeLevel;
  scopeCode?: string;
}

export interface SignedInClient extends TestClient {
  userId: number;
  email: string;
}

export const TEST_PASSWORD = 'Essai-Mot2Passe!';
let testPasswordHash: Promise<string> | undefined;

/** Creates the user directly in the database, then signs in through the real `login` mutation. */
async function signIn(server: Pick<TestServer, 'em' | 'client'>, grants: TestGrant[], email: string): Promise<SignedInClient> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const em = server.em();
  const db = sqlBuilder(em);
  const now = new Date();
  const [user] = await rows<{ id: number }>(em, db.insertInto('app_user').values({
    email, display_name: `Test ${email}`, password_hash: await testPasswordHash, active: true, created_at: now, updated_at: now,
  }).returning('id'));
  if (grants.length) {
    await rows(em, db.insertInto('user_grant').values(grants.map((grant) => ({
      user_id: user!.id, role: grant.role, scope_level: grant.scopeLevel ?? ScopeLevel.REGION, scope_code: grant.scopeCode ?? '76',
    }))));
  }
  const client = server.client();
  const response = await client.post({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', variables: { e: email, p: TEST_PASSWORD } });
  if (response.errors) throw new Error(`test sign-in failed: ${JSON.stringify(response.errors)}`);
  return Object.assign(client, { userId: user!.id, email });
}

let schema: ReturnType<typeof buildAppSchema> | undefined;
let signedIn = 0;

/** The real HTTP server on a private database copy, on a free port. */
export interface TestServerOptions extends Partial<Config> {
  /** The server's clock (sessions, deadlines); the real one by default. */
  clock?: () => Date;
}

export async function startTestServer(driver: Driver, { clock, ...overrides }: TestServerOptions = {}): Promise<TestServer> {
  const database = await createTestDatabase(driver);
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ent-ecole-files-'));
  const config: Config = { ...loadConfig({ NODE_ENV: 'test' }), port: 0, host: '127.0.0.1', database: database.config, consoleDir: '/nonexistent', filesDir, ...overrides };
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const orm = await openOrm(database.config, logger);
  await migrate(orm);
  schema ??= buildAppSchema();
  const server = await createServer({ orm, config, logger, schema: await schema, ...(clock ? { clock } : {}) });
  const running: RunningServer = await server.start();
  return {
    driver,
    url: running.url,
    orm,
    config,
    em: () => orm.em.fork() as EntityManager,
    client: () => new TestClient(running.url),
    signIn: (grants = [{ role: Role.ADMIN }], email = `user-${++signedIn}@test.invalid`) =>
      signIn({ em: () => orm.em.fork() as EntityManager, client: () => new TestClient(running.url) }, grants, email),
    close: async () => {
      await running.stop();
      await orm.close(true);
      await database.drop();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
