import type { Actor } from '../audit/audit.service.js';
import type { EntityManager } from '../database/orm.js';
import type { Director } from './director-row.rules.js';

/** A school's director as the import is changing it (previous: null when the base had none). */
export interface DirectorChange {
  uai: string;
  previous: Director | null;
  next: Director;
}

/**
 * Called for each director change an import applies, inside the batch's transaction (`tx` only: a throw
 * rolls the batch back, and the run fails, resumable). The publication-directors module adds its listener
 * to the list below, e.g. to flag schools whose publication director is no longer their director.
 */
export type DirectorChangeListener = (tx: EntityManager, actor: Actor, change: DirectorChange) => Promise<void>;

export const directorChangeListeners: readonly DirectorChangeListener[] = [];
