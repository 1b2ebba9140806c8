import { migrate } from '../database/orm.js';
import { loadDemoData } from '../demo/demo-data.js';
import { loadReferenceData } from '../territory/reference-data.js';
import type { Command } from './command.js';

export const commands: Command[] = [
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
    name: 'demo:load',
    usage: 'demo:load',
    summary: 'Ajoute les données de démonstration manquantes (refusé en production).',
    async run({ orm, config, logger, out }) {
      await loadDemoData(orm, config, logger);
      out('Données de démonstration présentes.');
    },
  },
];
