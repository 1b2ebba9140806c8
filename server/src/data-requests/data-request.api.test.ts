import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { Role } from '../auth/auth.enums.js';
import { AGNES_GELLY, SAINT_MATHIEU, seedSourceSchools } from '../schools/school.scenarios.js';
import { AnswerRequest, CloseRequest, CreateRequest, DPO, ExtendRequest, fixedClock, registerRequest, requestInput, TODAY } from './data-request.scenarios.js';

const RequestQuery = graphql(`
  query DataSubjectRequest($id: ID!) {
    dataSubjectRequest(id: $id) {
      id reference receivedOn rights relationship status dueOn initialDueOn daysLeft overdue schoolUais communeInseeCodes
      applicant { firstName lastName email } subject { firstName lastName email }
      processing { code legalBasis }
      guidance { right applicability article proposedRefusal { ground detail } }
      schools { uai name }
    }
  }
`);

const Start = graphql(`mutation StartRequest($id: ID!) { startDataSubjectRequest(id: $id) { id status } }`);
const Reopen = graphql(`
  mutation ReopenRequest($id: ID!, $input: ReopenDataSubjectRequestInput!) {
    reopenDataSubjectRequest(id: $id, input: $input) { id status reopenedOn cnilComplaintReference closedOn answeredLate firstAnsweredOn }
  }
`);
const Update = graphql(`
  mutation UpdateRequest($id: ID!, $input: UpdateDataSubjectRequestInput!) {
    updateDataSubjectRequest(id: $id, input: $input) { id version relationship subject { firstName } applicant { firstName } }
  }
`);

describe.each(drivers)('data-subject requests (%s)', (driver) => {
  let server: TestServer;
  let dpo: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver, { clock: fixedClock });
    await seedSourceSchools(server.em());
    dpo = await server.signIn(DPO);
  });
  afterAll(() => server?.close());

  it('registers a request for oneself with its reference, due date and the ENT processing', async () => {
    const created = await registerRequest(dpo, { rights: ['ACCESS', 'PORTABILITY'], schoolUais: [AGNES_GELLY.toLowerCase()], communeInseeCodes: [SAINT_MATHIEU] });
    expect(created).toMatchObject({ reference: expect.stringMatching(/^DPO-2024-\d{4}$/), dueOn: '2024-02-29', status: 'RECEIVED' });
    const { data } = await dpo.gql(RequestQuery, { id: created.id });
    expect(data?.dataSubjectRequest).toMatchObject({
      receivedOn: '2024-01-31', rights: ['ACCESS', 'PORTABILITY'], relationship: 'SELF', initialDueOn: '2024-02-29', daysLeft: -20, overdue: true,
      applicant: { firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@exemple.test' }, subject: { firstName: 'Camille', lastName: 'Martin' },
      processing: { code: 'ENT-ECOLE', legalBasis: 'PUBLIC_TASK' }, schoolUais: [AGNES_GELLY], communeInseeCodes: [SAINT_MATHIEU],
      schools: [{ uai: AGNES_GELLY, name: 'École élémentaire publique Agnès Gelly' }],
    });
    // Portability does not apply to a public task: the console proposes the Art. 20(3) exception.
    expect(data?.dataSubjectRequest.guidance).toEqual([
      expect.objectContaining({ right: 'ACCESS', applicability: 'APPLIES', proposedRefusal: null }),
      expect.objectContaining({ right: 'PORTABILITY', applicability: 'NOT_APPLICABLE', article: 'RGPD, art. 20, §3', proposedRefusal: expect.objectContaining({ ground: 'EXCEPTION' }) }),
    ]);
  });

  it('records a parent asking for a child, and asks for the link when it is missing', async () => {
    const subject = { firstName: 'Léo', lastName: 'Martin' };
    const missing = await dpo.gql(CreateRequest, { input: requestInput({ subject }) });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'relationship' });
    const created = await registerRequest(dpo, { subject, relationship: 'PARENT', rights: ['RECTIFICATION'] });
    const { data } = await dpo.gql(RequestQuery, { id: created.id });
    expect(data?.dataSubjectRequest).toMatchObject({ relationship: 'PARENT', applicant: { firstName: 'Camille' }, subject: { firstName: 'Léo', lastName: 'Martin', email: null } });
    const self = await dpo.gql(Update, { id: created.id, input: { version: 1, subject: null } });
    expect(self.data?.updateDataSubjectRequest).toMatchObject({ relationship: 'SELF', subject: { firstName: 'Camille' }, version: 2 });
  });

  it('refuses a future receipt, an unknown school, no right, and names the field', async () => {
    const cases: Array<[Parameters<typeof requestInput>[0], string]> = [
      [{ receivedOn: '2024-03-21' }, 'receivedOn'], [{ schoolUais: ['0340712P'] }, 'schoolUais'], [{ rights: [] }, 'rights'],
      [{ communeInseeCodes: ['99999'] }, 'communeInseeCodes'], [{ applicant: { firstName: 'A', lastName: 'B', email: 'pas-un-courriel' } }, 'email'],
    ];
    for (const [overrides, field] of cases) {
      const { errors } = await dpo.gql(CreateRequest, { input: requestInput(overrides) });
      expect(errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('counts one month from receipt: end of month, weekend, 1 May, Easter Monday, 14 July, leap and common Februaries', async () => {
    const cases: Array<[string, string]> = [
      ['2024-01-31', '2024-02-29'], ['2023-01-31', '2023-02-28'], ['2023-03-31', '2023-05-02'], ['2024-03-01', '2024-04-02'],
      ['2023-06-14', '2023-07-17'], ['2024-02-10', '2024-03-11'],
    ];
    for (const [receivedOn, dueOn] of cases) expect((await registerRequest(dpo, { receivedOn })).dueOn, receivedOn).toBe(dueOn);
  });

  it('extends to three months from receipt when the person was told in the first month', async () => {
    const leap = await registerRequest(dpo, { receivedOn: '2024-01-31' });
    const extended = await dpo.gql(ExtendRequest, { id: leap.id, input: { notifiedOn: '2024-02-29', reason: 'Demandes nombreuses en période de rentrée.' } });
    expect(extended.data?.extendDataSubjectRequest).toMatchObject({ dueOn: '2024-04-30', initialDueOn: '2024-02-29', extended: true, extensionNotifiedOn: '2024-02-29', daysLeft: 41 });
    const rolled = await registerRequest(dpo, { receivedOn: '2023-03-31' });
    const onRolledDay = await dpo.gql(ExtendRequest, { id: rolled.id, input: { notifiedOn: '2023-05-02', reason: 'Complexité' } });
    expect(onRolledDay.data?.extendDataSubjectRequest.dueOn).toBe('2023-06-30');
  });

  it('refuses a late extension, one before receipt, one without reasons, a second one, and one on a closed request', async () => {
    const request = await registerRequest(dpo, { receivedOn: '2023-03-31' });
    const late = await dpo.gql(ExtendRequest, { id: request.id, input: { notifiedOn: '2023-05-03', reason: 'Complexité' } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notifiedOn' });
    const early = await dpo.gql(ExtendRequest, { id: request.id, input: { notifiedOn: '2023-03-30', reason: 'Complexité' } });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notifiedOn' });
    const blank = await dpo.gql(ExtendRequest, { id: request.id, input: { notifiedOn: '2023-04-20', reason: '  ' } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await dpo.gql(RequestQuery, { id: request.id })).data?.dataSubjectRequest.dueOn).toBe('2023-05-02'); // nothing written

    expect((await dpo.gql(ExtendRequest, { id: request.id, input: { notifiedOn: '2023-04-20', reason: 'Complexité' } })).errors).toBeUndefined();
    const twice = await dpo.gql(ExtendRequest, { id: request.id, input: { notifiedOn: '2023-04-21', reason: 'Encore' } });
    expect(twice.errors?.[0]?.extensions.code).toBe('CONFLICT');

    const closed = await registerRequest(dpo, { receivedOn: TODAY });
    await dpo.gql(AnswerRequest, { id: closed.id, input: { answeredOn: TODAY, channel: 'EMAIL', outcome: 'GRANTED' } });
    await dpo.gql(CloseRequest, { id: closed.id, closedOn: TODAY });
    const onClosed = await dpo.gql(ExtendRequest, { id: closed.id, input: { notifiedOn: TODAY, reason: 'Complexité' } });
    expect(onClosed.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('goes through the workflow, flags a late first answer for ever, reopens on a CNIL complaint', async () => {
    const request = await registerRequest(dpo, { receivedOn: '2024-01-31', rights: ['PORTABILITY'] });
    expect((await dpo.gql(Start, { id: request.id })).data?.startDataSubjectRequest.status).toBe('IN_PROGRESS');
    expect((await dpo.gql(Start, { id: request.id })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    const noGround = await dpo.gql(AnswerRequest, { id: request.id, input: { answeredOn: '2024-03-01', channel: 'LETTER', outcome: 'REFUSED' } });
    expect(noGround.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'refusalGround' });
    const answered = await dpo.gql(AnswerRequest, { id: request.id, input: {
      answeredOn: '2024-03-01', channel: 'LETTER', outcome: 'REFUSED', refusalGround: 'EXCEPTION', refusalDetail: 'RGPD, art. 20, §3',
    } });
    expect(answered.data?.answerDataSubjectRequest).toMatchObject({ status: 'ANSWERED', answeredLate: true, firstAnsweredOn: '2024-03-01', daysLeft: null });
    expect((await dpo.gql(CloseRequest, { id: request.id, closedOn: '2024-02-28' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closedOn' });
    expect((await dpo.gql(CloseRequest, { id: request.id, closedOn: '2024-03-05' })).data?.closeDataSubjectRequest).toMatchObject({ status: 'CLOSED', closedOn: '2024-03-05' });

    const noReference = await dpo.gql(Reopen, { id: request.id, input: { reopenedOn: '2024-03-10', cnilComplaintReference: '' } });
    expect(noReference.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cnilComplaintReference' });
    const reopened = await dpo.gql(Reopen, { id: request.id, input: { reopenedOn: '2024-03-10', cnilComplaintReference: 'CNIL 24-012345' } });
    expect(reopened.data?.reopenDataSubjectRequest).toMatchObject({ status: 'IN_PROGRESS', cnilComplaintReference: 'CNIL 24-012345', closedOn: null, answeredLate: true });
    const again = await dpo.gql(AnswerRequest, { id: request.id, input: { answeredOn: '2024-03-12', channel: 'LETTER', outcome: 'GRANTED' } });
    expect(again.data?.answerDataSubjectRequest).toMatchObject({ answeredOn: '2024-03-12', firstAnsweredOn: '2024-03-01', answeredLate: true, outcome: 'GRANTED', refusalGround: null });
  });

  it('answers in time on the due date itself', async () => {
    const request = await registerRequest(dpo, { receivedOn: '2024-01-31' });
    const answered = await dpo.gql(AnswerRequest, { id: request.id, input: { answeredOn: '2024-02-29', channel: 'EMAIL', outcome: 'GRANTED' } });
    expect(answered.data?.answerDataSubjectRequest.answeredLate).toBe(false);
  });

  it('is FORBIDDEN to other roles, and NOT_FOUND for an unknown request', async () => {
    const request = await registerRequest(dpo);
    for (const role of [Role.ERUN, Role.SUPPORT, Role.ACADEMIC_TEAM]) {
      const other = await server.signIn([{ role }]);
      expect((await other.gql(RequestQuery, { id: request.id })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect((await other.gql(CreateRequest, { input: requestInput() })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    const admin = await server.signIn();
    expect((await admin.gql(RequestQuery, { id: request.id })).data?.dataSubjectRequest.id).toBe(request.id);
    expect((await dpo.gql(RequestQuery, { id: '999999' })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await dpo.gql(ExtendRequest, { id: '999999', input: { notifiedOn: TODAY, reason: 'x' } })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
