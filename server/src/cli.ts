/**
 * Command line of the back office: `pnpm cli <command> [options]` (see `pnpm cli help`). Works while the
 * server runs on the same database (SQLite in WAL mode, or PostgreSQL).
 */
import 'reflect-metadata';
import { loadConfig } from './config.js';
import { migrate, openOrm } from './database/orm.js';
import { createLogger } from './logger.js';
import { parseArguments } from './cli/command.js';
import { commands } from './cli/commands.js';

function help(): void {
  console.log('Usage : pnpm cli <commande> [options]\n');
  for (const command of commands) console.log(`  ${command.usage.padEnd(44)} ${command.summary}`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    help();
    return name && name !== 'help' ? 2 : 0;
  }
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const orm = await openOrm(config.database, logger);
  try {
    if (command.name !== 'migrate') await migrate(orm);
    const { args, options } = parseArguments(rest);
    return (await command.run({ orm, config, logger, args, options, out: (line) => console.log(line) })) ?? 0;
  } finally {
    await orm.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
