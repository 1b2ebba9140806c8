// PostGraphile 5 (amber preset, pg adaptor) over the public schema of the bench database, served by
// grafserv's node adaptor behind a tiny node:http wrapper that performs the same session check as our server
// (and the same sign-in for Q6) before handing the request over. One pg Pool of 10 connections for both,
// as our server has. The views it needs are in peers/postgraphile.sql (bench database only).
//   POST /graphql   POST /login   GET /healthz
// Environment: PORT, DATABASE_URL.
import http from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { checkSession, login, readBody } from './session.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public'], pubsub: false })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
await pgl.getSchema(); // introspect and build the schema before accepting requests
const handle = serv.createHandler();

const server = http.createServer(async (req, res) => {
  try {
    if (req.url === '/healthz') return void res.end('ok');
    if (req.url === '/login' && req.method === 'POST') return void (await login(pool, req, res, await readBody(req)));
    if (!(await checkSession(pool, req.headers.cookie))) return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"message":"UNAUTHENTICATED"}]}');
    handle(req, res);
  } catch (error) {
    process.stderr.write(`${error.stack}\n`);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
    res.end('{"errors":[{"message":"INTERNAL"}]}');
  }
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`ready ${server.address().port}\n`));
const stop = () => server.close(async () => {
  await serv.release();
  await pgl.release();
  await pool.end();
  process.exit(0);
});
process.on('SIGTERM', stop).on('SIGINT', stop);
