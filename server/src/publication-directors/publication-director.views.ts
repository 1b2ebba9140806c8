import { toInstant, toIsoDate } from '../common/sql.js';
import type { Civility, PublicationDirectorFunction } from './publication-director.enums.js';

/** Read model of a publication director's assignment (GraphQL `PublicationDirectorAssignment`). */
export interface AssignmentView {
  id: number;
  schoolUai: string | null;
  communeInseeCode: string | null;
  civility: Civility;
  firstName: string;
  lastName: string;
  email: string;
  function: PublicationDirectorFunction;
  justification: string | null;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  charterAcknowledgedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ASSIGNMENT_TABLE = 'publication_director_assignment';

export const assignmentColumns = (a: string, prefix = '') => [
  `${a}.id as ${prefix}id`, `${a}.school_uai as ${prefix}schoolUai`, `${a}.commune_insee_code as ${prefix}communeInseeCode`,
  `${a}.civility as ${prefix}civility`, `${a}.first_name as ${prefix}firstName`, `${a}.last_name as ${prefix}lastName`, `${a}.email as ${prefix}email`,
  `${a}.function as ${prefix}function`, `${a}.justification as ${prefix}justification`, `${a}.start_date as ${prefix}startDate`,
  `${a}.end_date as ${prefix}endDate`, `${a}.end_reason as ${prefix}endReason`, `${a}.charter_acknowledged_on as ${prefix}charterAcknowledgedOn`,
  `${a}.created_at as ${prefix}createdAt`, `${a}.updated_at as ${prefix}updatedAt`,
];

export function assignmentView(row: Record<string, unknown>, prefix = ''): AssignmentView {
  const value = (name: string) => row[`${prefix}${name}`];
  return {
    id: value('id') as number,
    schoolUai: (value('schoolUai') as string | null) ?? null,
    communeInseeCode: (value('communeInseeCode') as string | null) ?? null,
    civility: value('civility') as Civility,
    firstName: value('firstName') as string,
    lastName: value('lastName') as string,
    email: value('email') as string,
    function: value('function') as PublicationDirectorFunction,
    justification: (value('justification') as string | null) ?? null,
    startDate: toIsoDate(value('startDate'))!,
    endDate: toIsoDate(value('endDate')),
    endReason: (value('endReason') as string | null) ?? null,
    charterAcknowledgedOn: toIsoDate(value('charterAcknowledgedOn')),
    createdAt: toInstant(value('createdAt'))!,
    updatedAt: toInstant(value('updatedAt'))!,
  };
}
