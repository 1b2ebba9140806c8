import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { Role } from '../auth/auth.enums.js';
import { LESCURE_ELEMENTAIRE } from '../demo/source-documents.js';
import { seedSourceSchools } from '../schools/school.scenarios.js';
import { AssignIncident, ChangeIncidentStatus, IncidentList, OneIncident, ReportIncident, report } from './incident.scenarios.js';

// Instants in UTC; comments give Paris time (CET = UTC+1, CEST = UTC+2).
describe.each(drivers)('incident service levels over business hours (%s)', (driver) => {
  let server: TestServer;
  let now = new Date('2024-06-07T14:00:00Z');
  /** Moves the server's clock and signs a support agent in at that instant (sessions expire when idle). */
  const at = (iso: string): Promise<SignedInClient> => {
    now = new Date(iso);
    return server.signIn([{ role: Role.SUPPORT }]);
  };
  const read = async (client: SignedInClient, id: string) => (await client.gql(OneIncident, { id })).data!.incident!;

  beforeAll(async () => {
    server = await startTestServer(driver, { clock: () => now });
    await seedSourceSchools(server.em());
  });
  afterAll(() => server?.close());

  it('counts a P1 across a weekend: reported Friday 16:00, due Friday 16:30 and Monday 10:00', async () => {
    const support = await at('2024-06-07T14:00:00Z');
    const { data } = await support.gql(ReportIncident, { input: report({ impact: 'HIGH', urgency: 'HIGH' }) });
    const incident = data!.reportIncident;
    expect(incident).toMatchObject({ priority: 'P1', ownDueAt: '2024-06-07T14:30:00.000Z', resolveDueAt: '2024-06-10T08:00:00.000Z', remainingMinutes: 240, breached: false });

    const monday = await at('2024-06-10T07:00:00Z'); // Monday 09:00: one business hour left, taking in hand overdue
    expect(await read(monday, incident.id)).toMatchObject({ remainingMinutes: 60, ownBreached: true, resolveBreached: false, breached: true });
    const late = await at('2024-06-10T09:00:00Z'); // Monday 11:00
    expect(await read(late, incident.id)).toMatchObject({ remainingMinutes: -60, resolveBreached: true });
    const breached = await late.gql(IncidentList, { filter: { breached: true }, limit: 100 });
    expect(breached.data?.incidents.nodes.map((n) => n.id)).toContain(incident.id);
  });

  it('skips 14 July: a P2 reported in the Tarn on Thursday 13 July 2023 at 17:00 is due Monday 17 July 15:00', async () => {
    const support = await at('2023-07-13T15:00:00Z');
    const { data } = await support.gql(ReportIncident, { input: report({ schoolUai: LESCURE_ELEMENTAIRE.uai, impact: 'HIGH', urgency: 'MEDIUM' }) });
    expect(data?.reportIncident).toMatchObject({ priority: 'P2', departmentCode: '81', ownDueAt: '2023-07-13T16:00:00.000Z', resolveDueAt: '2023-07-17T13:00:00.000Z' });
  });

  it('skips Easter Monday: a P1 reported Friday 29 March 2024 at 17:00 is due Tuesday 2 April 11:00', async () => {
    const support = await at('2024-03-29T16:00:00Z');
    const { data } = await support.gql(ReportIncident, { input: report({ impact: 'HIGH', urgency: 'HIGH' }) });
    expect(data?.reportIncident.resolveDueAt).toBe('2024-04-02T09:00:00.000Z');
  });

  it('reports at night and counts from the next opening', async () => {
    const support = await at('2024-06-08T21:30:00Z'); // Saturday 23:30
    const { data } = await support.gql(ReportIncident, { input: report({ impact: 'HIGH', urgency: 'HIGH' }) });
    expect(data?.reportIncident).toMatchObject({ ownDueAt: '2024-06-10T06:30:00.000Z', resolveDueAt: '2024-06-10T10:00:00.000Z' });
  });

  it('stops the clock while PENDING, moves the due instant by the wait, and measures the resolution without it', async () => {
    let support = await at('2024-06-10T07:00:00Z'); // Monday 09:00, P1: due 13:00
    const id = (await support.gql(ReportIncident, { input: report({ impact: 'HIGH', urgency: 'HIGH' }) })).data!.reportIncident.id;
    now = new Date('2024-06-10T07:10:00Z');
    expect((await support.gql(AssignIncident, { id, assigneeId: String(support.userId) })).data?.assignIncident.ownBreached).toBe(false);
    await support.gql(ChangeIncidentStatus, { id, status: 'IN_PROGRESS' });
    support = await at('2024-06-10T08:00:00Z'); // 10:00: waiting for the director's screenshot, 3 hours left
    const pending = (await support.gql(ChangeIncidentStatus, { id, status: 'PENDING', reason: 'Capture d’écran demandée.' })).data!.changeIncidentStatus;
    expect(pending).toMatchObject({ status: 'PENDING', clockStoppedAt: '2024-06-10T08:00:00.000Z', resolveDueAt: '2024-06-10T11:00:00.000Z', remainingMinutes: 180 });

    support = await at('2024-06-11T07:00:00Z'); // Tuesday 09:00: still waiting, nothing is late
    expect(await read(support, id)).toMatchObject({ remainingMinutes: 180, resolveBreached: false, breached: false });
    const late = await support.gql(IncidentList, { filter: { breached: true }, limit: 100 });
    expect(late.data?.incidents.nodes.map((n) => n.id)).not.toContain(id);

    support = await at('2024-06-11T08:00:00Z'); // Tuesday 10:00: the answer arrives; due 13:00 Tuesday
    const resumed = (await support.gql(ChangeIncidentStatus, { id, status: 'IN_PROGRESS' })).data!.changeIncidentStatus;
    expect(resumed).toMatchObject({ clockStoppedAt: null, resolveDueAt: '2024-06-11T11:00:00.000Z', remainingMinutes: 180 });

    support = await at('2024-06-11T09:00:00Z'); // Tuesday 11:00: resolved after 2 business hours of work
    const resolved = (await support.gql(ChangeIncidentStatus, { id, status: 'RESOLVED', reason: 'Paramètres de messagerie corrigés.' })).data!.changeIncidentStatus;
    expect(resolved).toMatchObject({ resolutionMinutes: 120, resolveBreached: false, remainingMinutes: null, autoCloseOn: '2024-06-18' });

    support = await at('2024-06-12T08:00:00Z'); // Wednesday 10:00: reopened; the 2 hours left when resolved remain
    const reopened = (await support.gql(ChangeIncidentStatus, { id, status: 'IN_PROGRESS', reason: 'Le problème est revenu.' })).data!.changeIncidentStatus;
    expect(reopened).toMatchObject({ resolveDueAt: '2024-06-12T10:00:00.000Z', remainingMinutes: 120, resolvedAt: null });
  });

  it('counts a wait that began after the due instant as a breach', async () => {
    let support = await at('2024-06-17T07:00:00Z'); // Monday 09:00, P1: due 13:00
    const id = (await support.gql(ReportIncident, { input: report({ impact: 'HIGH', urgency: 'HIGH' }) })).data!.reportIncident.id;
    await support.gql(AssignIncident, { id, assigneeId: String(support.userId) });
    await support.gql(ChangeIncidentStatus, { id, status: 'IN_PROGRESS' });
    support = await at('2024-06-17T12:00:00Z'); // 14:00, an hour late
    const pending = (await support.gql(ChangeIncidentStatus, { id, status: 'PENDING' })).data!.changeIncidentStatus;
    expect(pending).toMatchObject({ resolveBreached: true, remainingMinutes: -60 });
  });
});
