// A TCP proxy between one server and PostgreSQL that counts the statements the server sends, whatever its
// driver: one per simple Query ('Q') and one per Execute ('E') of the extended protocol (Parse/Bind/Describe
// are not statements). Bytes are forwarded untouched; the client → server stream is parsed on the side.
// Used only in the short counting pass, never during the throughput measurement (it adds a hop).
import net from 'node:net';

/** Startup-phase messages carry no type byte: SSLRequest, GSSENCRequest, CancelRequest, StartupMessage. */
function parser(onMessage) {
  let buffer = Buffer.alloc(0);
  let started = false;
  return (chunk) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      if (!started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        // 80877103 SSLRequest, 80877104 GSSENCRequest: the startup message follows (pg never asks here).
        if (code !== 80877103 && code !== 80877104) started = true;
        buffer = buffer.subarray(length);
        continue;
      }
      if (buffer.length < 5) return;
      const length = buffer.readInt32BE(1);
      if (buffer.length < 1 + length) return;
      onMessage(String.fromCharCode(buffer[0]), buffer.subarray(5, 1 + length));
      buffer = buffer.subarray(1 + length);
    }
  };
}

/**
 * Starts the proxy on a free loopback port in front of `target` ({ host, port }). `capture` keeps the SQL
 * text of each statement (for checking what a server sends). Returns { port, counts(), reset(), close() }.
 */
export async function startSqlCounter(target, { capture = false } = {}) {
  let counts = { statements: 0, simple: 0, execute: 0, parse: 0 };
  let texts = [];
  const sockets = new Set();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let lastParsed = null;
    const onMessage = (type, body) => {
      if (type === 'Q') {
        counts.statements++;
        counts.simple++;
        if (capture) texts.push(body.toString('utf8', 0, body.length - 1));
      } else if (type === 'P') {
        counts.parse++;
        if (capture) {
          const nameEnd = body.indexOf(0);
          const textEnd = body.indexOf(0, nameEnd + 1);
          lastParsed = body.toString('utf8', nameEnd + 1, textEnd);
        }
      } else if (type === 'E') {
        counts.statements++;
        counts.execute++;
        if (capture) texts.push(lastParsed ?? '(prepared statement)');
      }
    };
    const parse = parser(onMessage);
    client.on('data', (chunk) => {
      parse(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    counts: () => ({ ...counts }),
    texts: () => [...texts],
    reset() {
      counts = { statements: 0, simple: 0, execute: 0, parse: 0 };
      texts = [];
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
