import 'reflect-metadata';
import { createServer } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { migrate, openOrm } from './database/orm.js';
import { withStartupLock } from './database/startup-lock.js';
import { DEMO_ACCOUNTS, ensureDemoAccounts } from './demo/demo-accounts.js';
import { loadDemoData } from './demo/demo-data.js';
import { loadDemoIncidents } from './demo/demo-incidents.js';
import { startJobs } from './jobs/jobs.js';
import { jobs } from './jobs/registry.js';
import { createLogger } from './logger.js';
import { buildAppSchema } from './schema.js';
import { ensureProcessingRegister } from './processing-register/processing-register.data.js';
import { ensureReferenceData } from './territory/reference-data.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  for (const warning of config.warnings) logger.warn(warning);

  const orm = await openOrm(config.database, logger);
  await withStartupLock(config.database, async () => {
    const applied = await migrate(orm);
    if (applied.length) logger.info({ applied }, 'migrations applied');
    await ensureReferenceData(orm, logger);
    await ensureProcessingRegister(orm);
    if (config.env !== 'production') {
      await loadDemoData(orm, config, logger);
      await ensureDemoAccounts(orm, config);
      await loadDemoIncidents(orm, config, logger);
    }
  });

  const server = await createServer({ orm, config, logger, schema: await buildAppSchema() });
  const running = await server.start();
  const background = config.jobsEnabled ? startJobs({ orm, config, logger }, jobs) : undefined;
  const where = config.database.driver === 'sqlite' ? config.database.path : new URL(config.database.url).host;
  logger.info({ url: running.url, database: config.database.driver, env: config.env }, 'ready');
  const accounts = config.env === 'production' ? '' : `\nComptes de démonstration (mot de passe : ${config.demoPassword}${process.env.DEMO_PASSWORD ? '' : ', changez-le avec DEMO_PASSWORD'}) :\n${DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(26)} ${a.role}`).join('\n')}\n`;
  process.stdout.write(
    `\nENT-École back office (${config.env}) prêt :\n  console  ${running.url}/\n  GraphQL  ${running.url}/graphql\n  santé    ${running.url}/healthz\n  base     ${config.database.driver} (${where})\n${accounts}\n`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await running.stop();
    await background?.stop();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration invalide : ${error.message}`);
  else console.error(error);
  process.exit(1);
});
