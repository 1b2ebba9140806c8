import {
  AssignIncidentDocument,
  AttachIncidentFilesDocument,
  ChangeIncidentStatusDocument,
  CommentIncidentDocument,
  EscalateIncidentDocument,
  IncidentAgentsDocument,
  LinkIncidentsDocument,
  OverrideIncidentPriorityDocument,
  RecordVendorAnswerDocument,
  ResolveMajorIncidentDocument,
} from '../graphql/generated/graphql';
import { operation } from '../dataProvider/resourceApi';
import { flag, oneOf, required, text, texts, type Values } from '../dataProvider/values';
import { INCIDENT_STATUSES, PRIORITIES } from './incidentEnums';
import { uploadIncidentFile } from './uploadIncidentFile';

/**
 * Each command takes its form's values, named as the API's arguments, so that the server's reason lands
 * under the input it is about (`reason`, `body`, `vendorReference`…). Each answers the incident's id.
 */
const incidentId = (values: Values) => required(text(values.id), 'id');

/** Handling an incident (support staff), and attaching files to it (its reporters too). */
export const incidentCommands = {
  /** Whom an incident may be given to (support agents and administrators), by name. */
  incidentAgents: operation(IncidentAgentsDocument, (_: void) => ({}), ({ incidentAgents }) => incidentAgents),
  assignIncident: operation(
    AssignIncidentDocument,
    (values: Values) => ({ id: incidentId(values), assigneeId: required(text(values.assigneeId), 'assigneeId') }),
    ({ assignIncident }) => assignIncident.id,
  ),
  /** A refused change is a CONFLICT whose message says which changes are possible. */
  changeIncidentStatus: operation(
    ChangeIncidentStatusDocument,
    (values: Values) => ({ id: incidentId(values), status: required(oneOf(INCIDENT_STATUSES, values.status), 'status'), reason: text(values.reason) ?? null }),
    ({ changeIncidentStatus }) => changeIncidentStatus.id,
  ),
  /** A public comment is mailed to the reporter; an internal one stays with the support team. */
  commentIncident: operation(
    CommentIncidentDocument,
    (values: Values) => ({ id: incidentId(values), body: required(text(values.body), 'body'), internal: flag(values.internal) ?? false }),
    ({ commentIncident }) => commentIncident.id,
  ),
  escalateIncident: operation(
    EscalateIncidentDocument,
    (values: Values) => ({ id: incidentId(values), vendorReference: required(text(values.vendorReference), 'vendorReference') }),
    ({ escalateIncident }) => escalateIncident.id,
  ),
  recordVendorAnswer: operation(
    RecordVendorAnswerDocument,
    (values: Values) => ({ id: incidentId(values), answer: required(text(values.answer), 'answer') }),
    ({ recordVendorAnswer }) => recordVendorAnswer.id,
  ),
  overrideIncidentPriority: operation(
    OverrideIncidentPriorityDocument,
    (values: Values) => ({
      id: incidentId(values),
      priority: required(oneOf(PRIORITIES, values.priority), 'priority'),
      reason: required(text(values.reason), 'reason'),
    }),
    ({ overrideIncidentPriority }) => overrideIncidentPriority.id,
  ),
  /** Makes the incident a major one, parent of these open incidents. */
  linkIncidents: operation(
    LinkIncidentsDocument,
    (values: Values) => ({ parentId: incidentId(values), childIds: required(texts(values.childIds), 'childIds') }),
    ({ linkIncidents }) => linkIncidents.id,
  ),
  /** Resolves the major incident and its open children with one message (one mail per reporter). */
  resolveMajorIncident: operation(
    ResolveMajorIncidentDocument,
    (values: Values) => ({ id: incidentId(values), message: required(text(values.message), 'message') }),
    ({ resolveMajorIncident }) => resolveMajorIncident.id,
  ),
  /** Files already uploaded (`uploadIncidentFile`), attached in one go. */
  attachIncidentFiles: operation(
    AttachIncidentFilesDocument,
    (values: Values) => ({ id: incidentId(values), fileIds: required(texts(values.fileIds), 'fileIds') }),
    ({ attachIncidentFiles }) => attachIncidentFiles.id,
  ),
  uploadIncidentFile,
};
