import type { EntityManager, Orm } from '../database/orm.js';
import { addDays, todayInParis } from '../common/dates.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { searchable } from '../common/text.js';
import { DataSubjectRequest } from '../data-requests/data-request.entity.js';
import {
  AnswerOutcome, ApplicantRelationship, DataSubjectRequestStatus as Status, DataSubjectRight as Right, IdentityCheckStatus, RefusalGround, RequestChannel,
} from '../data-requests/data-request.enums.js';
import { nextReference } from '../data-requests/data-request.service.js';
import { extendedDueOn, initialDueOn } from '../data-requests/deadline.rules.js';
import { encodeRights, isLate } from '../data-requests/request.rules.js';
import { ProcessingActivity } from '../processing-register/processing-activity.entity.js';
import { ENT_ECOLE_CODE, ensureProcessingRegister } from '../processing-register/processing-register.data.js';

/** Demo applicants write from this domain: it marks the demo requests (loaded once). */
const DEMO_DOMAIN = '@demo.ent-ecole.test';

interface DemoRequest {
  daysAgo: number;
  rights: Right[];
  applicant: [string, string];
  subject?: [string, string, ApplicantRelationship];
  content: string;
  status: Status;
  extendAfterDays?: number;
  identity?: IdentityCheckStatus;
  /** Answered this many days after the due date (negative: before). */
  answerAfterDueDays?: number;
  outcome?: AnswerOutcome;
  closed?: boolean;
}

/** Around today: one overdue, one due within the week, one extended, answered ones on time and late, one awaiting identity. */
const DEMO_REQUESTS: DemoRequest[] = [
  { daysAgo: 40, rights: [Right.ACCESS], applicant: ['Jeanne', 'Dupont'], content: 'Je demande la copie des données me concernant (démo).', status: Status.IN_PROGRESS },
  { daysAgo: 26, rights: [Right.RECTIFICATION], applicant: ['Karim', 'Benali'], subject: ['Inès', 'Benali', ApplicantRelationship.PARENT], content: 'Le nom de ma fille est mal orthographié dans l’ENT (démo).', status: Status.RECEIVED },
  { daysAgo: 45, rights: [Right.ERASURE, Right.PORTABILITY], applicant: ['Lucie', 'Roux'], content: 'Merci d’effacer mon compte parent et de me transmettre mes messages (démo).', status: Status.IN_PROGRESS, extendAfterDays: 10 },
  { daysAgo: 60, rights: [Right.INFORMATION], applicant: ['Marc', 'Fabre'], content: 'Quelles données l’ENT conserve-t-il sur moi ? (démo)', status: Status.CLOSED, answerAfterDueDays: -10, outcome: AnswerOutcome.GRANTED, closed: true },
  { daysAgo: 100, rights: [Right.ERASURE], applicant: ['Sophie', 'Vidal'], content: 'Je demande l’effacement des données de mon fils (démo).', subject: ['Hugo', 'Vidal', ApplicantRelationship.PARENT], status: Status.ANSWERED, answerAfterDueDays: 3, outcome: AnswerOutcome.REFUSED },
  { daysAgo: 3, rights: [Right.POST_MORTEM_DIRECTIVES], applicant: ['Paul', 'Garcia'], subject: ['Anne', 'Garcia', ApplicantRelationship.HEIR], content: 'Directives concernant les données de ma mère, enseignante décédée (démo).', status: Status.RECEIVED, identity: IdentityCheckStatus.REQUESTED },
];

function demoRequest(em: EntityManager, demo: DemoRequest, reference: string, today: string, processing: ProcessingActivity | null): DataSubjectRequest {
  const receivedOn = addDays(today, -demo.daysAgo);
  const [firstName, lastName] = demo.applicant;
  const extended = demo.extendAfterDays !== undefined;
  const dueOn = extended ? extendedDueOn(receivedOn) : initialDueOn(receivedOn);
  const answeredOn = demo.answerAfterDueDays === undefined ? null : addDays(dueOn, demo.answerAfterDueDays);
  return em.create(DataSubjectRequest, {
    reference, receivedOn, channel: RequestChannel.EMAIL, rights: encodeRights(demo.rights), content: demo.content,
    applicantFirstName: firstName, applicantLastName: lastName, applicantEmail: `${searchable(`${firstName}.${lastName}`).replace(/ /g, '.')}${DEMO_DOMAIN}`,
    subjectFirstName: demo.subject?.[0] ?? null, subjectLastName: demo.subject?.[1] ?? null, relationship: demo.subject?.[2] ?? ApplicantRelationship.SELF,
    searchNames: searchable([...demo.applicant, ...(demo.subject?.slice(0, 2) ?? [])].join(' ')),
    processing, status: demo.status, initialDueOn: initialDueOn(receivedOn), dueOn,
    extensionNotifiedOn: extended ? addDays(receivedOn, demo.extendAfterDays!) : null,
    extensionReason: extended ? 'Demande complexe : messages à extraire de plusieurs écoles (démo).' : null,
    identityCheck: demo.identity ?? IdentityCheckStatus.NOT_NEEDED, identityRequestedOn: demo.identity ? today : null,
    answeredOn, firstAnsweredOn: answeredOn, answeredLate: answeredOn ? isLate(answeredOn, dueOn) : null, answerChannel: answeredOn ? RequestChannel.LETTER : null,
    outcome: demo.outcome ?? null,
    refusalGround: demo.outcome === AnswerOutcome.REFUSED ? RefusalGround.EXCEPTION : null,
    refusalDetail: demo.outcome === AnswerOutcome.REFUSED ? 'RGPD, art. 17, §3, b) : traitement nécessaire à une mission d’intérêt public.' : null,
    closedOn: demo.closed && answeredOn ? addDays(answeredOn, 5) : null,
  });
}

/**
 * A handful of data-subject requests in every state, dated around the day of the first load, linked to
 * the ENT-École processing. Loaded once: when demo requests exist, nothing is added.
 */
export async function loadDemoDataRequests(orm: Orm, now = new Date()): Promise<void> {
  await ensureProcessingRegister(orm);
  await (orm.em.fork() as EntityManager).transactional(async (tx) => {
    const [existing] = await rows(tx, sqlBuilder(tx).selectFrom('data_subject_request').select('id').where('applicant_email', 'like', `%${DEMO_DOMAIN}`).limit(1));
    if (existing) return;
    const today = todayInParis(now);
    const processing = await tx.findOne(ProcessingActivity, { code: ENT_ECOLE_CODE });
    for (const demo of DEMO_REQUESTS) demoRequest(tx, demo, await nextReference(tx, Number(today.slice(0, 4))), today, processing);
  });
}
