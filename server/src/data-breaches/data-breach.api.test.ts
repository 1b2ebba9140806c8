import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { Role } from '../auth/auth.enums.js';

const NOW = '2024-03-20T10:00:00.000Z';

const Open = graphql(`
  mutation OpenBreach($input: OpenBreachInput!) {
    openBreach(input: $input) { id title risk awareAt notificationDeadline notificationRequired hoursLeft incidentId peopleInformed mustInformPeople version }
  }
`);
const Notify = graphql(`
  mutation NotifyBreach($id: ID!, $input: NotifyBreachInput!) { notifyBreach(id: $id, input: $input) { id cnilNotifiedAt cnilReference notifiedLate lateNotificationReason hoursLeft } }
`);
const Inform = graphql(`mutation InformBreachSubjects($id: ID!, $on: Date!) { informBreachSubjects(id: $id, informedOn: $on) { id peopleInformed peopleInformedOn mustInformPeople version } }`);
const Update = graphql(`mutation UpdateBreach($id: ID!, $input: UpdateBreachInput!) { updateBreach(id: $id, input: $input) { id approximatePeople measures version } }`);
const Breaches = graphql(`
  query DataBreaches($filter: DataBreachFilter) { dataBreaches(filter: $filter, limit: 50) { totalCount nodes { id title hoursLeft } } }
`);
const Trail = graphql(`query BreachTrail($id: String!) { auditEntries(filter: { targetType: "DataBreach", targetId: $id }) { nodes { operation } } }`);

const ReportForBreach = graphql(`mutation ReportForBreach($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }`);

describe.each(drivers)('personal-data breaches (%s)', (driver) => {
  let server: TestServer;
  let dpo: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver, { clock: () => new Date(NOW) });
    dpo = await server.signIn([{ role: Role.DPO }]);
  });
  afterAll(() => server?.close());

  const report = async (category: 'PERSONAL_DATA' | 'MESSAGING') => {
    const support = await server.signIn([{ role: Role.SUPPORT }]);
    const { data } = await support.gql(ReportForBreach, { input: {
      reporterRole: 'SCHOOL_DIRECTOR', reporterName: 'Claire Martin', reporterEmail: 'claire.martin@ac-montpellier.fr', category,
      impact: 'HIGH', urgency: 'HIGH', title: 'Annuaire envoyé au mauvais destinataire', description: 'Un export a été envoyé par erreur.',
    } });
    return data!.reportIncident.id;
  };

  it('opens a breach from an incident in one click, with the 72-hour clock running from awareness', async () => {
    const incidentId = await report('PERSONAL_DATA');
    const { data, errors } = await dpo.gql(Open, { input: { title: 'Export d’annuaire envoyé au mauvais destinataire', nature: 'Confidentialité : envoi par erreur', awareAt: '2024-03-18T14:00:00Z', incidentId } });
    expect(errors).toBeUndefined();
    expect(data?.openBreach).toMatchObject({
      risk: 'RISK', notificationRequired: true, notificationDeadline: '2024-03-21T14:00:00.000Z', hoursLeft: 28, incidentId, peopleInformed: false, mustInformPeople: false,
    });
    const byIncident = await dpo.gql(Breaches, { filter: { incidentId } });
    expect(byIncident.data?.dataBreaches.nodes.map((b) => b.id)).toEqual([data!.openBreach.id]);
  });

  it('opens a breach only from an existing incident of category personal data', async () => {
    const other = await report('MESSAGING');
    for (const incidentId of [other, '999999']) {
      const { errors } = await dpo.gql(Open, { input: { title: 'x', nature: 'y', awareAt: '2024-03-18T14:00:00Z', incidentId } });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'incidentId' });
    }
  });

  it('asks the reasons of a notification after 72 hours, records it once, and audits every step', async () => {
    const opened = (await dpo.gql(Open, { input: { title: 'Compte compromis', nature: 'Hameçonnage', awareAt: '2024-03-17T08:00:00Z', risk: 'HIGH' } })).data!.openBreach;
    expect(opened).toMatchObject({ hoursLeft: -2, mustInformPeople: true });
    const withoutReason = await dpo.gql(Notify, { id: opened.id, input: { notifiedAt: '2024-03-20T09:00:00Z' } });
    expect(withoutReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lateReason' });
    const future = await dpo.gql(Notify, { id: opened.id, input: { notifiedAt: '2024-03-21T09:00:00Z', lateReason: 'x' } });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notifiedAt' });
    const notified = await dpo.gql(Notify, { id: opened.id, input: { notifiedAt: '2024-03-20T09:00:00Z', cnilReference: 'NOTIF-2024-0042', lateReason: 'Analyse de l’étendue par le prestataire.' } });
    expect(notified.data?.notifyBreach).toMatchObject({ cnilNotifiedAt: '2024-03-20T09:00:00.000Z', notifiedLate: true, hoursLeft: null });
    expect((await dpo.gql(Notify, { id: opened.id, input: { notifiedAt: '2024-03-20T09:30:00Z' } })).errors?.[0]?.extensions.code).toBe('CONFLICT');

    expect((await dpo.gql(Inform, { id: opened.id, on: '2024-03-16' })).errors?.[0]?.extensions).toMatchObject({ field: 'informedOn' });
    const informed = (await dpo.gql(Inform, { id: opened.id, on: '2024-03-19' })).data!.informBreachSubjects;
    expect(informed).toMatchObject({ peopleInformed: true, mustInformPeople: false });

    const updated = await dpo.gql(Update, { id: opened.id, input: { version: informed.version, approximatePeople: 230, measures: 'Mots de passe réinitialisés.' } });
    expect(updated.data?.updateBreach).toMatchObject({ approximatePeople: 230, version: informed.version + 1 });
    expect((await dpo.gql(Update, { id: opened.id, input: { version: opened.version } })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    const trail = (await dpo.gql(Trail, { id: opened.id })).data!.auditEntries.nodes.map((e) => e.operation).sort();
    expect(trail).toEqual(['informBreachSubjects', 'notifyBreach', 'openBreach', 'updateBreach']);
  });

  it('lists the breaches awaiting notification, documents the unlikely ones only', async () => {
    await dpo.gql(Open, { input: { title: 'Clé USB chiffrée perdue', nature: 'Disponibilité', awareAt: '2024-03-19T08:00:00Z', risk: 'UNLIKELY' } });
    const awaiting = await dpo.gql(Breaches, { filter: { awaitingNotification: true } });
    expect(awaiting.data?.dataBreaches.nodes.map((b) => b.title)).toEqual(['Export d’annuaire envoyé au mauvais destinataire']);
    expect((await dpo.gql(Breaches, { filter: { risk: 'UNLIKELY' } })).data?.dataBreaches.nodes[0]?.hoursLeft).toBeNull();
  });

  it('refuses a future awareness, and is FORBIDDEN to the support team', async () => {
    const future = await dpo.gql(Open, { input: { title: 't', nature: 'n', awareAt: '2024-03-21T08:00:00Z' } });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'awareAt' });
    const support = await server.signIn([{ role: Role.SUPPORT }]);
    expect((await support.gql(Breaches, {})).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await dpo.gql(Update, { id: '999999', input: { version: 1 } })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
