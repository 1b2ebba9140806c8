import { migrate, type EntityManager } from '../database/orm.js';
import { sealAuditChain, verifyAuditChain } from '../audit/audit-chain.js';
import { ensureDemoAccounts } from '../demo/demo-accounts.js';
import { loadDemoData } from '../demo/demo-data.js';
import { directoryImportCommands } from '../directory-import/directory-import.commands.js';
import { loadReferenceData, readReferenceSource } from '../territory/reference-data.js';
import { refreshReference } from '../territory/reference-refresh.js';
import type { Command } from './command.js';

export const commands: Command[] = [
  {
    name: 'audit:verify',
    usage: 'audit:verify',
    summary: 'Scelle les entrées en attente puis vérifie tout le chaînage du journal d’audit ; code 1 si un maillon est rompu.',
    async run({ orm, out }) {
      await sealAuditChain(orm, new Date());
      const result = await verifyAuditChain(orm.em.fork() as EntityManager, new Date());
      out(result.intact
        ? `Journal intact : ${result.checkedEntries} entrées vérifiées, ${result.unsealedEntries} en attente de scellement.`
        : `Journal ROMPU à l’entrée ${result.firstBrokenEntryId} (après ${result.checkedEntries} entrées valides).`);
      return result.intact ? 0 : 1;
    },
  },
  {
    name: 'migrate',
    usage: 'migrate',
    summary: 'Applique les migrations en attente.',
    async run({ orm, out }) {
      const applied = await migrate(orm);
      out(applied.length ? `Migrations appliquées : ${applied.join(', ')}` : 'Base à jour.');
    },
  },
  {
    name: 'reference:load',
    usage: 'reference:load [--national]',
    summary: 'Charge (ou recharge) académies, départements et communes ; --national : toute la France (~35 000 communes).',
    async run({ orm, options, out }) {
      const loaded = await loadReferenceData(orm, { national: options.national === true });
      out(`Référentiel chargé : ${loaded.academies} académies, ${loaded.departments} départements, ${loaded.communes} communes.`);
    },
  },
  {
    name: 'reference:refresh',
    usage: 'reference:refresh [--national] [--dry-run]',
    summary: 'Met les communes à jour avec le paquet @etalab/decoupage-administratif installé : nouvelles, renommées, fusionnées (conservées, leurs écoles listées).',
    async run({ orm, options, out }) {
      const dryRun = options['dry-run'] === true;
      const report = await refreshReference(orm, await readReferenceSource(), { national: options.national === true, dryRun, now: new Date() });
      out(`${dryRun ? 'Simulation : ' : ''}${report.added} communes ajoutées, ${report.updated} modifiées dont ${report.renamed.length} renommées, ${report.merged.length} fusionnées.`);
      for (const r of report.renamed) out(`  renommée ${r.inseeCode} : ${r.from} → ${r.to}`);
      for (const m of report.merged) {
        out(`  fusionnée ${m.inseeCode} ${m.name} → ${m.into ?? 'successeur inconnu'} : ${m.schools.length} école(s) à rattacher${m.schools.length ? ` (${m.schools.map((s) => `${s.uai} ${s.name}`).join(', ')})` : ''}`);
      }
    },
  },
  {
    name: 'demo:load',
    usage: 'demo:load',
    summary: 'Ajoute les données de démonstration manquantes (refusé en production).',
    async run({ orm, config, logger, out }) {
      await loadDemoData(orm, config, logger);
      await ensureDemoAccounts(orm, config);
      out('Données et comptes de démonstration présents.');
    },
  },
  ...directoryImportCommands,
];
