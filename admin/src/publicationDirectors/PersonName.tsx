import { useTranslate } from 'react-admin';
import type { Civility } from '../graphql/generated/graphql';

/** A person as designated, or as the directory names them (who may lack a part). */
export interface Person {
  civility: Civility | null;
  firstName: string | null;
  lastName: string | null;
}

/** « Mme Claire DURAND », the way French administrative letters name people. */
export const PersonName = ({ person }: { person: Person }) => {
  const translate = useTranslate();
  const civility = person.civility && translate(`resources.publicationDirectors.civilityShort.${person.civility}`);
  return <>{[civility, person.firstName, person.lastName].filter(Boolean).join(' ')}</>;
};
