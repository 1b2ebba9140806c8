import { pino, type Logger } from 'pino';

export type { Logger };

/** One JSON line per event; request lines carry `requestId`. Secrets and cookies are redacted. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'ent-ecole' },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password'], censor: '[masqué]' },
  });
}
