import type { Actor } from '../audit/audit.service.js';
import type { EntityManager } from '../database/orm.js';
import { flagDirectorChange } from '../publication-directors/director-change.service.js';
import type { Director } from './director-row.rules.js';

/** A school's director as the import is changing it (previous: null when the base had none). */
export interface DirectorChange {
  uai: string;
  previous: Director | null;
  next: Director;
}

/**
 * Called for each director change an import applies, inside the batch's transaction (`tx` only: a throw
 * rolls the batch back, and the run fails, resumable).
 */
export type DirectorChangeListener = (tx: EntityManager, actor: Actor, change: DirectorChange) => Promise<void>;

/** The ERUN of the school are reminded when its new director is not its publication director. */
export const directorChangeListeners: readonly DirectorChangeListener[] = [
  async (tx, actor, change) => void (await flagDirectorChange(tx, actor, change.uai, change.next)),
];
