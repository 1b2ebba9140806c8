import {
  AcknowledgeCharterDocument,
  AssignProposedPublicationDirectorsDocument,
  AssignPublicationDirectorDocument,
  CommunePublicationDirectorsDocument,
  EndPublicationDirectorDocument,
  PublicationDirectorProposalsDocument,
  SchoolPublicationDirectorsDocument,
  type AssignPublicationDirectorInput,
  type PublicationDirectorDetailsFragment,
  type PublicationDirectorProposalsQuery,
} from '../graphql/generated/graphql';
import { operation } from '../dataProvider/resourceApi';
import { oneOf, required, text, type Values } from '../dataProvider/values';
import type { DirectorScope } from './directorScope';
import { CIVILITIES, DIRECTOR_FUNCTIONS } from './publicationDirectorEnums';

/** One period of a publication director (the API's assignment already has an `id`). */
export type DirectorRecord = PublicationDirectorDetailsFragment;

/** A scope's name, its director of the day and, for the roles that may read it, its history (newest first). */
export interface ScopeDirectors {
  name: string;
  current: DirectorRecord | null;
  history: DirectorRecord[] | null;
}

/** A line of the bulk preview: id = the school's UAI, so that the grid can select it. */
export type ProposalRecord = PublicationDirectorProposalsQuery['publicationDirectorProposals'][number] & { id: string };

const ofSchool = operation(
  SchoolPublicationDirectorsDocument,
  ({ code, withHistory }: { code: string; withHistory: boolean }) => ({ uai: code, withHistory }),
  ({ school }): ScopeDirectors | null =>
    school && { name: school.name, current: school.publicationDirector, history: school.publicationDirectorHistory ?? null },
);

const ofCommune = operation(
  CommunePublicationDirectorsDocument,
  ({ code, withHistory }: { code: string; withHistory: boolean }) => ({ inseeCode: code, withHistory }),
  ({ commune }): ScopeDirectors | null =>
    commune && { name: commune.name, current: commune.publicationDirector, history: commune.publicationDirectorHistory ?? null },
);

/** The assignment form's values as the API's input; the form's field names are the input's. */
export const assignInput = (values: Values): AssignPublicationDirectorInput => ({
  schoolUai: text(values.schoolUai) ?? null,
  communeInseeCode: text(values.communeInseeCode) ?? null,
  civility: required(oneOf(CIVILITIES, values.civility), 'civility'),
  firstName: required(text(values.firstName), 'firstName'),
  lastName: required(text(values.lastName), 'lastName'),
  email: required(text(values.email), 'email'),
  function: required(oneOf(DIRECTOR_FUNCTIONS, values.function), 'function'),
  // Only OTHER is justified: a text typed before choosing another function is not sent.
  justification: values.function === 'OTHER' ? (text(values.justification) ?? null) : null,
  startDate: required(text(values.startDate), 'startDate'),
});

/** Designating, ending, the charter, and the bulk assignment of the directory's directors (ERUN, ADMIN). */
export const publicationDirectorCommands = {
  /** SUPPORT may read the current director only: `withHistory` follows the role (the server refuses the rest). */
  publicationDirectorsOf: ({ scope, withHistory }: { scope: DirectorScope; withHistory: boolean }) =>
    (scope.kind === 'school' ? ofSchool : ofCommune)({ code: scope.code, withHistory }),
  /** The current director ends the day before; a start that would rewrite the history is CONFLICT. */
  assignPublicationDirector: operation(AssignPublicationDirectorDocument, (values: Values) => ({ input: assignInput(values) }), (result) => result.assignPublicationDirector),
  endPublicationDirector: operation(
    EndPublicationDirectorDocument,
    (values: Values) => ({ id: required(text(values.id), 'id'), endDate: required(text(values.endDate), 'endDate'), reason: required(text(values.reason), 'reason') }),
    (result) => result.endPublicationDirector,
  ),
  acknowledgeCharter: operation(
    AcknowledgeCharterDocument,
    (values: Values) => ({ id: required(text(values.id), 'id'), on: required(text(values.on), 'on') }),
    (result) => result.acknowledgeCharter,
  ),
  publicationDirectorProposals: operation(
    PublicationDirectorProposalsDocument,
    (variables: { circonscriptionId: string; startDate: string }) => variables,
    ({ publicationDirectorProposals }): ProposalRecord[] => publicationDirectorProposals.map((proposal) => ({ ...proposal, id: proposal.school.uai })),
  ),
  /** All or nothing: a school that is no longer ready (a stale preview) makes the whole batch CONFLICT. */
  assignProposedPublicationDirectors: operation(
    AssignProposedPublicationDirectorsDocument,
    (variables: { circonscriptionId: string; schoolUais: string[]; startDate: string }) => variables,
    (result) => result.assignProposedPublicationDirectors,
  ),
};
