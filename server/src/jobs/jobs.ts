import type { Config } from '../config.js';
import type { Orm } from '../database/orm.js';
import type { Logger } from '../logger.js';

export interface JobDeps {
  orm: Orm;
  config: Config;
  logger: Logger;
}

/**
 * Background work that every instance runs (sealing the audit trail, sending the mail outbox, closing
 * resolved incidents…). Jobs keep no state in memory: each pass reads what to do from the database and
 * claims it with a lock or `FOR UPDATE SKIP LOCKED`, so any number of instances may run them at once.
 */
export interface Job {
  name: string;
  everyMs: number;
  /** One pass; returns how many items it handled (for the log). */
  run(deps: JobDeps, now: Date): Promise<number>;
}

export interface RunningJobs {
  stop(): Promise<void>;
}

/** Runs each job every `everyMs`, never two passes of one job at once in this process. */
export function startJobs(deps: JobDeps, jobs: readonly Job[], clock: () => Date = () => new Date()): RunningJobs {
  const timers: NodeJS.Timeout[] = [];
  const passes = new Set<Promise<void>>();
  let stopping = false;
  for (const job of jobs) {
    let busy = false;
    const tick = () => {
      if (busy || stopping) return;
      busy = true;
      const pass = job.run(deps, clock())
        .then((handled) => {
          if (handled) deps.logger.debug({ job: job.name, handled }, 'job pass');
        })
        .catch((error: unknown) => deps.logger.error({ err: error, job: job.name }, 'job failed'))
        .finally(() => {
          busy = false;
          passes.delete(pass);
        });
      passes.add(pass);
    };
    timers.push(setInterval(tick, job.everyMs).unref());
  }
  return {
    async stop() {
      stopping = true;
      for (const timer of timers) clearInterval(timer);
      await Promise.all(passes);
    },
  };
}
