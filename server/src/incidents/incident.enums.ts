import { registerEnumType } from 'type-graphql';
import { LEVELS, PRIORITIES, type Level as LevelValue, type Priority as PriorityValue } from './priority.rules.js';
import { INCIDENT_STATUSES, type IncidentStatus as StatusValue } from './incident-status.rules.js';

/** `{ A: 'A', … }` from a list of values: the rules keep string unions, GraphQL wants an enum object. */
const enumOf = <T extends string>(values: readonly T[]) => Object.freeze(Object.fromEntries(values.map((v) => [v, v]))) as { readonly [K in T]: K };

export const Level = enumOf(LEVELS);
export type Level = LevelValue;
export const Priority = enumOf(PRIORITIES);
export type Priority = PriorityValue;
export const IncidentStatus = enumOf(INCIDENT_STATUSES);
export type IncidentStatus = StatusValue;

/** Who reports. Parents and pupils exist only to be refused: their school helps them (convention, Article 7). */
export enum ReporterRole {
  SCHOOL_DIRECTOR = 'SCHOOL_DIRECTOR',
  TEACHER = 'TEACHER',
  CPC = 'CPC',
  ERUN = 'ERUN',
  ACADEMIC_TEAM = 'ACADEMIC_TEAM',
  PARENT = 'PARENT',
  PUPIL = 'PUPIL',
}

export enum IncidentCategory {
  ACCOUNT_LOGIN = 'ACCOUNT_LOGIN',
  MESSAGING = 'MESSAGING',
  DOCUMENTS = 'DOCUMENTS',
  PORTAL_PUBLICATION = 'PORTAL_PUBLICATION',
  SCHOOL_LIFE = 'SCHOOL_LIFE',
  OUTAGE_SLOWNESS = 'OUTAGE_SLOWNESS',
  PERSONAL_DATA = 'PERSONAL_DATA',
  OTHER = 'OTHER',
}

/** How the report reached the platform; CONSOLE: typed by the reporter themself in the back office. */
export enum IncidentChannel {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  CONSOLE = 'CONSOLE',
  OTHER = 'OTHER',
}

/** What the incident concerns, from its school and commune: a school, a commune's space, or the whole platform. */
export enum IncidentScope {
  SCHOOL = 'SCHOOL',
  COMMUNE = 'COMMUNE',
  PLATFORM = 'PLATFORM',
}

registerEnumType(Level, { name: 'Level', description: 'Niveau d’impact ou d’urgence.' });
registerEnumType(Priority, { name: 'Priority', description: 'Priorité ITIL, de P1 (la plus urgente) à P5.' });
registerEnumType(IncidentStatus, { name: 'IncidentStatus', description: 'Étape du traitement d’un incident.' });
registerEnumType(ReporterRole, { name: 'ReporterRole', description: 'Fonction du déclarant (parents et élèves : refusés, leur école les aide).' });
registerEnumType(IncidentCategory, { name: 'IncidentCategory', description: 'Catégorie d’incident ou de demande.' });
registerEnumType(IncidentChannel, { name: 'IncidentChannel', description: 'Canal par lequel le signalement est arrivé.' });
registerEnumType(IncidentScope, { name: 'IncidentScope', description: 'Portée : une école, l’espace d’une commune, toute la plateforme.' });
