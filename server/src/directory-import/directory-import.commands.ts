import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Command, CommandContext } from '../cli/command.js';
import { progressBar } from '../cli/progress.js';
import { rows, sqlBuilder } from '../common/sql.js';
import type { EntityManager } from '../database/orm.js';
import { UploadRefused } from '../files/file-storage.js';
import { loadDirectoryReference, writeDirectory } from './directory-generator.js';
import { claimForResume, DEFAULT_BATCH_SIZE, startLocalImport } from './directory-import.service.js';
import { ImportKind, ImportOutcome, ImportPhase, ImportStatus } from './directory-import.enums.js';
import { runClaimedImport } from './import-runner.js';
import { loadRun } from './import-run.store.js';
import type { ImportRunView } from './import-run.views.js';

const STATUS_LABEL: Record<ImportStatus, string> = {
  PENDING: 'en attente', RUNNING: 'en cours', ANALYSED: 'simulation terminée (rien n’a été écrit)', APPLIED: 'appliqué', FAILED: 'ÉCHEC',
};

/** Runs a run this process has claimed, with a progress bar, then prints its report. Exit code 1 on failure. */
async function runAndReport({ orm, config, logger, out }: CommandContext, id: number): Promise<number> {
  const em = orm.em.fork() as EntityManager;
  const bar = progressBar((await loadRun(em, id))!.fileSize, 'octets');
  const run = await runClaimedImport({ orm, filesDir: config.filesDir, logger, clock: () => new Date(), onProgress: (p) => bar.update(p.bytesDone, p.rowsDone) }, id);
  bar.stop();
  await printReport(em, run, out);
  return run.status === ImportStatus.FAILED ? 1 : 0;
}

async function printReport(em: EntityManager, run: ImportRunView, out: (line: string) => void): Promise<void> {
  const c = run.counts;
  const dry = run.phase === ImportPhase.ANALYSIS;
  out(`Import n° ${run.id} (${run.kind}, ${dry ? 'simulation' : 'application'}) : ${STATUS_LABEL[run.status]}`);
  out(`  ${run.rowsDone} lignes lues, ${run.batchesCommitted} lots validés (jusqu’à la ligne ${run.lastCommittedLine})`);
  out(`  ${dry ? 'à créer' : 'créées'} ${c.CREATE} | ${dry ? 'à modifier' : 'modifiées'} ${c.UPDATE} | ${dry ? 'à fermer' : 'fermées'} ${c.CLOSE} | inchangées ${c.UNCHANGED} | rejetées ${c.REJECTED} | absentes ${c.ABSENT} | écartées ${c.IGNORED}`);
  for (const [reason, count] of Object.entries(run.ignoredReasons)) out(`    écartées : ${reason} (${count})`);
  const rejected = await rows<{ line: number; targetId: string | null; reason: string }>(em, sqlBuilder(em).selectFrom('import_run_item')
    .select(['line', 'target_id as targetId', 'reason']).where('run_id', '=', run.id).where('outcome', '=', ImportOutcome.REJECTED).orderBy('id').limit(20));
  if (rejected.length) out(`  Rejets${c.REJECTED > rejected.length ? ` (les ${rejected.length} premiers sur ${c.REJECTED})` : ''} :`);
  for (const item of rejected) out(`    ligne ${item.line} ${item.targetId ?? ''} : ${item.reason}`);
  if (run.error) out(`  Erreur : ${run.error}`);
  if (run.status === ImportStatus.ANALYSED) out(`  Pour appliquer : pnpm cli import:resume ${run.id}`);
  if (run.status === ImportStatus.FAILED) out(`  Pour reprendre après le dernier lot validé : pnpm cli import:resume ${run.id}`);
}

function importCommand(name: string, kind: ImportKind, flags: string, summary: string): Command {
  const usage = `${name} FICHIER [--dry-run]${flags} [--batch N]`;
  return {
    name, usage, summary,
    async run(context) {
      const { orm, config, args, options, out } = context;
      const [file] = args;
      const batchSize = options.batch === undefined ? DEFAULT_BATCH_SIZE : Number(options.batch);
      if (!file || !Number.isInteger(batchSize) || batchSize < 1) {
        out(`Usage : pnpm cli ${usage}`);
        return 2;
      }
      try {
        const id = await startLocalImport(orm.em.fork() as EntityManager, config.filesDir, {
          stream: fs.createReadStream(file), name: path.basename(file), kind, dryRun: options['dry-run'] === true,
          allDepartments: options['all-departments'] === true, closeAbsent: options['close-absent'] === true, batchSize,
        }, new Date());
        return await runAndReport(context, id);
      } catch (error) {
        if (!(error instanceof UploadRefused)) throw error;
        out(`Fichier refusé : ${error.message}`);
        return 1;
      }
    },
  };
}

export const directoryImportCommands: Command[] = [
  importCommand('import:schools', ImportKind.SCHOOLS, ' [--all-departments] [--close-absent]',
    'Importe l’annuaire national des écoles (CSV « ; »). --dry-run : rapport sans rien écrire ; --close-absent : ferme les écoles absentes.'),
  importCommand('import:circonscriptions', ImportKind.CIRCONSCRIPTIONS, '',
    'Importe le fichier UAI → circonscription (code, nom, IEN) des DSDEN ; crée les circonscriptions manquantes.'),
  importCommand('import:directors', ImportKind.DIRECTORS, '', 'Importe le fichier UAI → directeur ou directrice (nom, courriel).'),
  {
    name: 'generate:directory',
    usage: 'generate:directory --schools N --seed S [--national] [--output FICHIER]',
    summary: 'Écrit un annuaire national réaliste (format de l’export open data) : UAI valides, vraies communes. Sortie standard par défaut.',
    async run({ options, out }) {
      const schools = Number(options.schools ?? 1000);
      const seed = Number(options.seed ?? 1);
      if (!Number.isInteger(schools) || schools < 1 || !Number.isInteger(seed)) {
        out('Usage : pnpm cli generate:directory --schools N --seed S [--national] [--output FICHIER]');
        return 2;
      }
      const reference = await loadDirectoryReference(options.national === true);
      const target = typeof options.output === 'string' ? fs.createWriteStream(options.output) : process.stdout;
      const bar = progressBar(schools, 'écoles');
      await writeDirectory(target, reference, { schools, seed }, (rows) => bar.update(rows));
      bar.stop();
      if (target !== process.stdout) {
        target.end();
        await once(target, 'finish');
        out(`${schools} écoles écrites dans ${options.output}.`);
      }
    },
  },
  {
    name: 'import:resume',
    usage: 'import:resume RUN_ID',
    summary: 'Applique un import simulé, reprend un import échoué après son dernier lot validé, ou traite un import en attente.',
    async run(context) {
      const id = Number(context.args[0]);
      const refused = Number.isInteger(id) ? await claimForResume(context.orm.em.fork() as EntityManager, id, new Date()) : 'Numéro d’import attendu.';
      if (refused) {
        context.out(refused);
        return 1;
      }
      return runAndReport(context, id);
    },
  },
];
