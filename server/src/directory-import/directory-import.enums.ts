import { registerEnumType } from 'type-graphql';

/** What a file holds: the national school directory, the DSDEN's UAI → circonscription map, or directors. */
export enum ImportKind {
  SCHOOLS = 'SCHOOLS',
  CIRCONSCRIPTIONS = 'CIRCONSCRIPTIONS',
  DIRECTORS = 'DIRECTORS',
}

/** Which pass a run is in: the dry run (report only) or the apply (writes, batch by batch). */
export enum ImportPhase {
  ANALYSIS = 'ANALYSIS',
  APPLY = 'APPLY',
}

export enum ImportStatus {
  /** Waiting for a worker (the `directory-import` job, or the command line). */
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  /** Dry run done: the report is ready, nothing was written. */
  ANALYSED = 'ANALYSED',
  APPLIED = 'APPLIED',
  /** Stopped by an error: the batches committed before it stay; applying again resumes after them. */
  FAILED = 'FAILED',
}

/** What a row (or an absent school) leads to. */
export enum ImportOutcome {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  CLOSE = 'CLOSE',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
  /** An open school of a covered département missing from the file, left open (see closeAbsent). */
  ABSENT = 'ABSENT',
}

registerEnumType(ImportKind, { name: 'ImportKind', description: 'Contenu du fichier importé : annuaire des écoles, circonscriptions ou directeurs.' });
registerEnumType(ImportPhase, { name: 'ImportPhase', description: 'Passe d’un import : analyse (simulation) ou application.' });
registerEnumType(ImportStatus, { name: 'ImportStatus', description: 'État d’un import.' });
registerEnumType(ImportOutcome, { name: 'ImportOutcome', description: 'Effet d’une ligne : création, modification, fermeture, inchangée, rejetée, école absente du fichier.' });
