import { longFrenchDate } from '../common/dates.js';
import type { Mail } from '../notifications/outbox.service.js';
import { Civility } from './publication-director.enums.js';
import type { DirectoryDirector, Person } from './publication-director.rules.js';

/** What the mails say of a scope: "l’école élémentaire publique Agnès Gelly (0340711N)". */
export interface ScopeLabel {
  kind: 'school' | 'commune';
  code: string;
  name: string;
}


const spaces = (scope: ScopeLabel) => scope.kind === 'school'
  ? `des espaces de l’ENT-École de l’école « ${scope.name} » (UAI ${scope.code})`
  : `des espaces réservés à la commune de ${scope.name} (code INSEE ${scope.code}) dans l’ENT-École`;

/**
 * The mail to a new publication director: their designation and a summary of Article 6 of the partnership
 * convention (their duties, the charter every user accepts at first login).
 */
export function assignmentMail(person: Person & { civility: Civility; startDate: string }, scope: ScopeLabel): Mail {
  const woman = person.civility === Civility.MADAME;
  const title = woman ? 'directrice de publication' : 'directeur de publication';
  return {
    kind: 'publication-director.assigned',
    to: person.email,
    subject: `ENT-École : vous êtes ${title} (${scope.name})`,
    text: [
      `${woman ? 'Madame' : 'Monsieur'} ${person.firstName} ${person.lastName},`,
      '',
      `À compter du ${longFrenchDate(person.startDate)}, vous êtes ${woman ? 'désignée' : 'désigné'} ${title} ${spaces(scope)}.`,
      '',
      'L’article 6 de la convention de partenariat entre la région académique Occitanie et la commune prévoit que :',
      '- le directeur de publication veille à ce qu’aucun contenu illicite, injurieux ou diffamatoire ne soit publié dans l’ENT ;',
      '- il sensibilise les utilisateurs aux infractions qui pourraient être commises, et qui sont rappelées dans la charte que chaque utilisateur accepte lors de sa première connexion ;',
      '- les règles déontologiques de toute communication s’appliquent, notamment le devoir de neutralité, de discrétion professionnelle, de correction et de dignité dans les propos.',
      '',
      'Merci de prendre connaissance de cette charte lors de votre prochaine connexion à l’ENT-École. Pour toute question, adressez-vous à l’ERUN de votre circonscription.',
      '',
      'La région académique Occitanie — ENT-École',
    ].join('\n'),
  };
}

/** The reminder to an ERUN: the directory names a new director, the publication director has not changed. */
export function directorChangeMail(to: string, director: DirectoryDirector, current: Person | undefined, scope: ScopeLabel): Omit<Mail, 'dedupeKey'> {
  const newcomer = [director.name, director.email && `<${director.email}>`].filter(Boolean).join(' ');
  return {
    kind: 'publication-director.director-changed',
    to,
    subject: `ENT-École : nouveau directeur à l’école ${scope.name} (${scope.code}), directeur de publication à revoir`,
    text: [
      'Bonjour,',
      '',
      `L’annuaire indique un nouveau directeur ou une nouvelle directrice pour l’école « ${scope.name} » (UAI ${scope.code}) : ${newcomer}.`,
      current
        ? `Le directeur de publication enregistré est toujours ${current.firstName} ${current.lastName} <${current.email}>.`
        : 'Aucun directeur de publication n’est enregistré pour cette école.',
      '',
      'Selon l’article 6 de la convention, le directeur d’école est le directeur de publication des espaces de l’école : si le changement est confirmé, désignez-le dans la console ENT-École.',
      '',
      'La région académique Occitanie — ENT-École',
    ].join('\n'),
  };
}
