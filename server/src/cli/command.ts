import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import { createRequestContext, forkForRequest, type RequestContext } from '../context.js';
import { createLogger } from '../logger.js';
import type { Orm } from '../database/orm.js';
import type { Logger } from '../logger.js';

export interface CommandContext {
  orm: Orm;
  config: Config;
  logger: Logger;
  /** Positional arguments after the command name. */
  args: string[];
  /** `--flag` and `--name value` options. */
  options: Record<string, string | true>;
  out: (line: string) => void;
}

/** A CLI command (`pnpm cli <name> …`). Modules declare theirs; cli/commands.ts lists them. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(context: CommandContext): Promise<number | void>;
}

export function parseArguments(argv: string[]): { args: string[]; options: Record<string, string | true> } {
  const args: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      args.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) options[name] = inline;
    else if (next !== undefined && !next.startsWith('--') && VALUE_OPTIONS.has(name)) options[name] = argv[++i]!;
    else options[name] = true;
  }
  return { args, options };
}

/** Options that take a value (`--schools 50000`); every other `--x` is a flag. */
const VALUE_OPTIONS = new Set(['schools', 'seed', 'output', 'years', 'batch', 'name', 'role', 'scope']);

/**
 * A request context for services called from the command line: no signed-in user (the audit trail
 * records the operation with no actor), no cookies.
 */
export function commandContext(orm: Orm, config: Config): RequestContext {
  const requestId = `cli-${process.pid}`;
  return createRequestContext(forkForRequest(orm, requestId), {
    requestId, env: config.env, config, now: new Date(), logger: createLogger('warn'),
    client: { ip: null, userAgent: 'cli' }, sessionCookie: { set: () => undefined, clear: () => undefined },
  }, null);
}

/** 20 random characters of four kinds: meets the password policy. */
export function generatedPassword(): string {
  return `${randomBytes(15).toString('base64url')}-7aA`;
}
