import type { Identifier } from 'react-admin';
import {
  AmendConventionDocument,
  AttachConventionScanDocument,
  CancelConventionDocument,
  EligibleSchoolsDocument,
  RecordDeliberationDocument,
  SendConventionDocument,
  SignAmendmentDocument,
  SignConventionDocument,
  type ConventionScanKind,
} from '../graphql/generated/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { operation } from '../dataProvider/resourceApi';
import { uploadFile } from '../files/uploadFile';
import { oneOf, required, text, texts, type Values } from '../dataProvider/values';
import { SCAN_KINDS } from './conventionEnums';
import { toDeliberationInput } from './deliberationInput';
import { eligibleSchoolsOf } from './eligibleSchools';

const idOf = (values: Values) => required(text(values.id), 'id');

/** The upload purpose of convention and deliberation scans (server/src/files/file-purposes.ts). */
const SCAN_PURPOSE = 'convention-scan';

const attachScan = operation(
  AttachConventionScanDocument,
  (variables: { conventionId: string; fileId: string; kind: ConventionScanKind }) => variables,
  ({ attachConventionScan }) => attachConventionScan.id,
);

/** Both parties' signature dates, as the signature forms name them. */
const signature = (values: Values) => ({
  communeSignedOn: required(text(values.communeSignedOn), 'communeSignedOn'),
  academySignedOn: required(text(values.academySignedOn), 'academySignedOn'),
});

/**
 * The steps of a convention's life. Each takes the values of its form (with the convention's `id`), so
 * that the server's field errors land under the inputs; the status machine is the server's, which answers
 * CONFLICT (with its reason) to a step the convention's status does not allow.
 */
export const conventionCommands = {
  sendConvention: operation(SendConventionDocument, (id: Identifier) => ({ id: String(id) }), ({ sendConvention }) => sendConvention.id),
  recordDeliberation: operation(
    RecordDeliberationDocument,
    (values: Values) => ({ conventionId: idOf(values), input: toDeliberationInput(values) }),
    ({ recordDeliberation }) => recordDeliberation.status,
  ),
  signConvention: operation(SignConventionDocument, (values: Values) => ({ id: idOf(values), input: signature(values) }), ({ signConvention }) => signConvention.id),
  cancelConvention: operation(
    CancelConventionDocument,
    (values: Values) => ({ id: idOf(values), reason: required(text(values.reason), 'reason') }),
    ({ cancelConvention }) => cancelConvention.id,
  ),
  amendConvention: operation(
    AmendConventionDocument,
    (values: Values) => ({ id: idOf(values), schoolUais: texts(values.schoolUais) ?? [] }),
    ({ amendConvention }) => amendConvention.id,
  ),
  signAmendment: operation(SignAmendmentDocument, (values: Values) => ({ id: idOf(values), input: signature(values) }), ({ signAmendment }) => signAmendment.id),
  /** Uploads the PDF (POST /files), then attaches it: a refused file is reported under the file input. */
  attachConventionScan: async (values: Values) => {
    const kind = required(oneOf(SCAN_KINDS, values.kind), 'kind');
    const file = required(values.file instanceof File ? values.file : undefined, 'file');
    const { id: fileId } = await uploadFile(file, { purpose: SCAN_PURPOSE, field: 'file' });
    return attachScan({ conventionId: idOf(values), fileId, kind });
  },
  /** The schools a commune may enrol (conventions/eligibleSchools.ts). */
  eligibleSchools: async (communeInseeCode: string) => {
    const { schools, groupings } = await graphqlRequest(EligibleSchoolsDocument, { communeInseeCode });
    return eligibleSchoolsOf(communeInseeCode, schools.nodes, groupings.nodes.flatMap((grouping) => grouping.payers));
  },
};
