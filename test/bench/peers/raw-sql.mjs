// The floor: node:http and a pg Pool (10 connections, as our server's pool), the same session check as our
// server, then ONE named (prepared) statement per shape that returns the response body as JSON text built by
// PostgreSQL. Nothing else: no GraphQL, no framework, no logging.
//   GET /q/<shape>?<params>   POST /login   GET /healthz
// Environment: PORT, DATABASE_URL.
import http from 'node:http';
import pg from 'pg';
import { RAW_PARAMS, RAW_SQL } from '../shapes.mjs';
import { checkSession, login, readBody } from './session.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/healthz') return void res.end('ok');
    if (url.pathname === '/login' && req.method === 'POST') return void (await login(pool, req, res, await readBody(req)));
    const shape = url.pathname.startsWith('/q/') ? url.pathname.slice(3) : '';
    if (!Object.hasOwn(RAW_SQL, shape)) return void res.writeHead(404).end();
    if (!(await checkSession(pool, req.headers.cookie))) return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"message":"UNAUTHENTICATED"}]}');
    const { rows } = await pool.query({ name: shape, text: RAW_SQL[shape], values: RAW_PARAMS[shape](url.searchParams), rowMode: 'array' });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(rows[0][0]);
  } catch (error) {
    process.stderr.write(`${error.stack}\n`);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
    res.end('{"errors":[{"message":"INTERNAL"}]}');
  }
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`ready ${server.address().port}\n`));
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop).on('SIGINT', stop);
