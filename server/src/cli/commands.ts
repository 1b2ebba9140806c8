import { migrate, type EntityManager } from '../database/orm.js';
import { sealAuditChain, verifyAuditChain } from '../audit/audit-chain.js';
import { ensureDemoAccounts } from '../demo/demo-accounts.js';
import { loadDemoData } from '../demo/demo-data.js';
import { loadDemoIncidents } from '../demo/demo-incidents.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { createUser } from '../auth/users.service.js';
import { commandContext, generatedPassword, type Command } from './command.js';
import { purgeClosedRequests } from '../data-requests/purge.js';
import { directoryImportCommands } from '../directory-import/directory-import.commands.js';
import { loadReferenceData, readReferenceSource } from '../territory/reference-data.js';
import { refreshReference } from '../territory/reference-refresh.js';

export const commands: Command[] = [
  {
    name: 'user:create',
    usage: 'user:create EMAIL --name "Nom" --role ADMIN [--scope REGION:76]',
    summary: 'Crée un compte (le premier administrateur en production) ; mot de passe lu dans NEW_USER_PASSWORD, sinon tiré au hasard et affiché.',
    async run({ orm, config, args, options, out }) {
      const [email] = args;
      const role = String(options.role ?? '') as Role;
      const [scopeLevel, scopeCode] = String(options.scope ?? 'REGION:76').split(':') as [ScopeLevel, string];
      if (!email || !Object.values(Role).includes(role) || !Object.values(ScopeLevel).includes(scopeLevel) || !scopeCode) {
        out('Usage : pnpm cli user:create EMAIL --name "Nom" --role ADMIN|ACADEMIC_TEAM|DPO|ERUN|SUPPORT [--scope REGION:76|ACADEMY:11|DEPARTMENT:34|CIRCONSCRIPTION:<id>]');
        return 2;
      }
      const password = process.env.NEW_USER_PASSWORD || generatedPassword();
      const id = await createUser(commandContext(orm, config), {
        email, displayName: String(options.name ?? email), password, grants: [{ role, scopeLevel, scopeCode }],
      });
      out(`Compte n° ${id} créé pour ${email} (${role} ${scopeLevel}:${scopeCode}).`);
      if (!process.env.NEW_USER_PASSWORD) out(`Mot de passe initial : ${password} — à changer à la première connexion.`);
    },
  },
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
    name: 'data-requests:purge',
    usage: 'data-requests:purge [--apply] [--years N]',
    summary: 'Anonymise les demandes RGPD closes depuis plus de N ans (DSR_RETENTION_YEARS, 5 par défaut) ; sans --apply, les liste seulement.',
    async run({ orm, config, options, out }) {
      const years = options.years === undefined ? config.dataRequestRetentionYears : Number(options.years);
      if (!Number.isInteger(years) || years < 1) {
        out('--years attend un nombre entier d’années, au moins 1.');
        return 2;
      }
      const apply = options.apply === true;
      const { before, requests } = await purgeClosedRequests(orm, { years, apply, now: new Date() });
      out(`${apply ? 'Anonymisées' : 'Simulation (--apply pour anonymiser)'} : ${requests.length} demande(s) close(s) avant le ${before}.`);
      for (const request of requests) out(`  ${request.reference}  close le ${request.closedOn}`);
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
      await loadDemoIncidents(orm, config, logger);
      out('Données et comptes de démonstration présents.');
    },
  },
  ...directoryImportCommands,
];
