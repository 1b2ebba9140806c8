import { registerEnumType } from 'type-graphql';

export enum Civility {
  MADAME = 'MADAME',
  MONSIEUR = 'MONSIEUR',
}

/** Article 6: a school's director (or interim) for the school, the référent ville for the commune's spaces. */
export enum PublicationDirectorFunction {
  SCHOOL_DIRECTOR = 'SCHOOL_DIRECTOR',
  INTERIM_DIRECTOR = 'INTERIM_DIRECTOR',
  CITY_REFERENT = 'CITY_REFERENT',
  /** Anyone else: only with a written justification. */
  OTHER = 'OTHER',
}

/** What the bulk "assign each school's director" would do for one school. */
export enum DirectorProposalStatus {
  READY = 'READY',
  ALREADY_PUBLICATION_DIRECTOR = 'ALREADY_PUBLICATION_DIRECTOR',
  NO_DIRECTOR_IN_DIRECTORY = 'NO_DIRECTOR_IN_DIRECTORY',
  INCOMPLETE_DIRECTOR = 'INCOMPLETE_DIRECTOR',
  START_DATE_CONFLICT = 'START_DATE_CONFLICT',
}

registerEnumType(Civility, { name: 'Civility', description: 'Civilité.' });
registerEnumType(PublicationDirectorFunction, {
  name: 'PublicationDirectorFunction',
  description: 'Fonction du directeur de publication : directeur d’école, directeur par intérim, référent ville, autre (justifiée).',
});
registerEnumType(DirectorProposalStatus, {
  name: 'DirectorProposalStatus',
  description: 'Ce que ferait la désignation groupée pour une école : prête, déjà en place, directeur absent ou incomplet dans l’annuaire, date en conflit.',
});
