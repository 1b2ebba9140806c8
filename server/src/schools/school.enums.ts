import { registerEnumType } from 'type-graphql';

export enum SchoolKind {
  MATERNELLE = 'MATERNELLE',
  ELEMENTAIRE = 'ELEMENTAIRE',
  PRIMAIRE = 'PRIMAIRE',
}

export enum SchoolSector {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}

export enum SchoolStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

registerEnumType(SchoolKind, { name: 'SchoolKind', description: 'Type d’école.' });
registerEnumType(SchoolSector, { name: 'SchoolSector', description: 'Secteur : public ou privé (ENT-École sert les écoles publiques).' });
registerEnumType(SchoolStatus, { name: 'SchoolStatus', description: 'École ouverte ou fermée.' });
