import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { addDays, todayInParis } from '../common/dates.js';
import { Role } from '../auth/auth.enums.js';
import { AGNES_GELLY, LES_FONTANILLES, SAINT_MATHIEU, seedSourceSchools } from '../schools/school.scenarios.js';
import { uaiOf } from '../schools/uai.rules.js';
import {
  AssignIncident, ChangeIncidentStatus, CommentIncident, IncidentList, incidentIn, OneIncident, ReportIncident, report, type IncidentStatusName,
} from './incident.scenarios.js';

const Override = graphql(`
  mutation OverridePriority($id: ID!, $priority: Priority!, $reason: String!) {
    overrideIncidentPriority(id: $id, priority: $priority, reason: $reason) { priority priorityOverrideReason ownDueAt resolveDueAt }
  }
`);
const Escalate = graphql(`mutation Escalate($id: ID!, $ref: String!) { escalateIncident(id: $id, vendorReference: $ref) { vendorReference escalatedAt status } }`);
const VendorAnswer = graphql(`mutation VendorAnswer($id: ID!, $answer: String!) { recordVendorAnswer(id: $id, answer: $answer) { vendorAnswer vendorAnsweredAt } }`);
const Queue = graphql(`
  query Queue($filter: IncidentFilter, $limit: Int!) {
    incidentQueue(filter: $filter, limit: $limit) { totalCount nodes { reference resolveDueAt remainingMinutes breached school { name } assignee { displayName } } }
  }
`);
const NarrowQueue = graphql(`
  query NarrowQueue($filter: IncidentFilter, $limit: Int!) {
    incidentQueue(filter: $filter, limit: $limit) { nodes { id breached ownBreached resolveBreached remainingMinutes scope school { name commune { name } } } }
  }
`);
const WideQueue = graphql(`
  query WideQueue($filter: IncidentFilter, $limit: Int!) {
    incidentQueue(filter: $filter, limit: $limit) {
      nodes {
        id breached ownBreached resolveBreached remainingMinutes scope status ownDueAt ownedAt resolveDueAt clockStoppedAt departmentCode description
        school { name uai commune { name } }
      }
    }
  }
`);
const Summary = graphql(`query Summary { incidentSummary { open unassigned pending breached byPriority { priority open breached } } }`);

const LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
/** The matrix, `impact/urgency → priority`. */
const MATRIX: Record<string, string> = {
  'HIGH/HIGH': 'P1', 'HIGH/MEDIUM': 'P2', 'MEDIUM/HIGH': 'P2', 'HIGH/LOW': 'P3', 'MEDIUM/MEDIUM': 'P3', 'LOW/HIGH': 'P3', 'MEDIUM/LOW': 'P4', 'LOW/MEDIUM': 'P4', 'LOW/LOW': 'P5',
};
const STATUSES: IncidentStatusName[] = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING', 'RESOLVED', 'CLOSED'];
const ALLOWED: Record<IncidentStatusName, IncidentStatusName[]> = {
  NEW: ['RESOLVED'], ASSIGNED: ['IN_PROGRESS', 'RESOLVED'], IN_PROGRESS: ['PENDING', 'RESOLVED'], PENDING: ['IN_PROGRESS', 'RESOLVED'], RESOLVED: ['IN_PROGRESS', 'CLOSED'], CLOSED: [],
};

describe.each(drivers)('incidents API (%s)', (driver) => {
  let server: TestServer;
  let support: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await seedSourceSchools(server.em());
    support = await server.signIn([{ role: Role.SUPPORT }]);
  });
  afterAll(() => server?.close());

  it('gives every impact × urgency pair its ITIL priority, through the API', async () => {
    for (const impact of LEVELS) {
      for (const urgency of LEVELS) {
        const { data, errors } = await support.gql(ReportIncident, { input: report({ impact, urgency }) });
        expect(errors).toBeUndefined();
        expect({ impact, urgency, priority: data?.reportIncident.priority }).toEqual({ impact, urgency, priority: MATRIX[`${impact}/${urgency}`] });
        expect(data?.reportIncident).toMatchObject({ status: 'NEW', scope: 'SCHOOL', departmentCode: '34', reference: expect.stringMatching(/^INC-\d{4}-\d{6}$/) });
      }
    }
  });

  it('refuses a parent or a pupil as reporter: their school helps them', async () => {
    for (const reporterRole of ['PARENT', 'PUPIL'] as const) {
      const { errors } = await support.gql(ReportIncident, { input: report({ reporterRole }) });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reporterRole' });
      expect(errors?.[0]?.message).toMatch(/aidés par leur école/);
    }
  });

  it('checks the school, the commune and the reporter’s address', async () => {
    const unknown = await support.gql(ReportIncident, { input: report({ schoolUai: uaiOf(340001) }) });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schoolUai' });
    const elsewhere = await support.gql(ReportIncident, { input: report({ communeInseeCode: '81144' }) });
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communeInseeCode' });
    const email = await support.gql(ReportIncident, { input: report({ reporterEmail: 'pas-une-adresse' }) });
    expect(email.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reporterEmail' });
    const commune = await support.gql(ReportIncident, { input: report({ schoolUai: null, communeInseeCode: SAINT_MATHIEU, category: 'PORTAL_PUBLICATION' }) });
    expect(commune.data?.reportIncident).toMatchObject({ scope: 'COMMUNE', departmentCode: '34' });
    const platform = await support.gql(ReportIncident, { input: report({ schoolUai: null, category: 'OUTAGE_SLOWNESS', impact: 'HIGH', urgency: 'HIGH' }) });
    expect(platform.data?.reportIncident).toMatchObject({ scope: 'PLATFORM', departmentCode: null, priority: 'P1' });
  });

  it('numbers references in sequence, without gaps, even for reports at the same moment', async () => {
    const numberOf = (reference: string) => Number(reference.slice(-6));
    const first = await support.gql(ReportIncident, { input: report() });
    const refused = await support.gql(ReportIncident, { input: report({ schoolUai: uaiOf(340001) }) }); // rolled back: its number is given back
    expect(refused.errors).toBeDefined();
    const together = await Promise.all([1, 2, 3, 4].map(() => support.gql(ReportIncident, { input: report() })));
    const numbers = together.map((r) => numberOf(r.data!.reportIncident.reference)).sort((a, b) => a - b);
    const start = numberOf(first.data!.reportIncident.reference);
    expect(numbers).toEqual([start + 1, start + 2, start + 3, start + 4]);
  });

  it('enforces every status change: the 36 pairs, allowed ones succeed, refused ones are CONFLICT', async () => {
    const outcomes: string[] = [];
    // A refusal changes nothing, so one incident serves every refused pair; each allowed one needs its own.
    await Promise.all(STATUSES.map(async (from) => {
      const refusedOn = await incidentIn(support, from);
      for (const to of STATUSES) {
        const allowed = ALLOWED[from].includes(to);
        const { data, errors } = await support.gql(ChangeIncidentStatus, { id: allowed ? await incidentIn(support, from) : refusedOn, status: to });
        const got = errors ? errors[0]!.extensions.code : data!.changeIncidentStatus.status;
        if (got !== (allowed ? to : 'CONFLICT')) outcomes.push(`${from} → ${to}: ${got}`);
      }
    }));
    expect(outcomes).toEqual([]);
  });

  it('assigns a NEW incident (taken in hand), reassigns an open one, refuses a resolved one and a non-agent', async () => {
    const other = await server.signIn([{ role: Role.SUPPORT }]);
    const id = await incidentIn(support, 'NEW');
    const taken = await support.gql(AssignIncident, { id, assigneeId: String(support.userId) });
    expect(taken.data?.assignIncident).toMatchObject({ status: 'ASSIGNED', assignee: { id: String(support.userId) }, ownedAt: expect.any(String) });
    const ownedAt = taken.data!.assignIncident.ownedAt;
    const moved = await support.gql(AssignIncident, { id, assigneeId: String(other.userId) });
    expect(moved.data?.assignIncident).toMatchObject({ status: 'ASSIGNED', assignee: { id: String(other.userId) }, ownedAt });
    const erun = await server.signIn([{ role: Role.ERUN }]);
    expect((await support.gql(AssignIncident, { id, assigneeId: String(erun.userId) })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
    for (const status of ['RESOLVED', 'CLOSED'] as const) {
      const done = await incidentIn(support, status);
      expect((await support.gql(AssignIncident, { id: done, assigneeId: String(support.userId) })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    }
    expect((await support.gql(AssignIncident, { id: '999999', assigneeId: String(support.userId) })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('resolves a NEW incident at once (first-call resolution), with the message and an automatic closing date', async () => {
    const id = await incidentIn(support, 'NEW');
    const { data } = await support.gql(ChangeIncidentStatus, { id, status: 'RESOLVED', reason: 'Mot de passe réinitialisé pendant l’appel.' });
    expect(data?.changeIncidentStatus).toMatchObject({ status: 'RESOLVED', resolution: 'Mot de passe réinitialisé pendant l’appel.', ownBreached: false, remainingMinutes: null });
    expect(data?.changeIncidentStatus.ownedAt).toBe(data?.changeIncidentStatus.resolvedAt);
    expect(data?.changeIncidentStatus.autoCloseOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps reasons of other changes as internal comments, and reopening clears the resolution', async () => {
    const id = await incidentIn(support, 'RESOLVED');
    const reopened = await support.gql(ChangeIncidentStatus, { id, status: 'IN_PROGRESS', reason: 'La directrice rappelle : le problème persiste.' });
    expect(reopened.data?.changeIncidentStatus).toMatchObject({ status: 'IN_PROGRESS', resolvedAt: null, resolution: null, resolutionMinutes: null });
    const read = await support.gql(OneIncident, { id });
    expect(read.data?.incident?.comments).toEqual([{ body: 'Statut « en cours » : La directrice rappelle : le problème persiste.', internal: true }]);
  });

  it('lets support override the priority with a reason, and moves the due instants', async () => {
    const id = await incidentIn(support, 'ASSIGNED', { impact: 'LOW', urgency: 'LOW' });
    const before = (await support.gql(OneIncident, { id })).data!.incident!;
    const { data } = await support.gql(Override, { id, priority: 'P1', reason: 'Directrice en inspection demain matin.' });
    expect(data?.overrideIncidentPriority).toMatchObject({ priority: 'P1', priorityOverrideReason: 'Directrice en inspection demain matin.' });
    expect(new Date(data!.overrideIncidentPriority.resolveDueAt) < new Date(before.resolveDueAt)).toBe(true);
    expect((await support.gql(Override, { id, priority: 'P2', reason: '  ' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const closed = await incidentIn(support, 'CLOSED');
    expect((await support.gql(Override, { id: closed, priority: 'P1', reason: 'Trop tard' })).errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('escalates to the vendor once, after taking in hand, and records the vendor’s answer', async () => {
    const fresh = await incidentIn(support, 'NEW');
    expect((await support.gql(Escalate, { id: fresh, ref: 'EDT-2024-5512' })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await support.gql(VendorAnswer, { id: fresh, answer: 'Corrigé' })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    const id = await incidentIn(support, 'IN_PROGRESS');
    const escalated = await support.gql(Escalate, { id, ref: 'EDT-2024-5512' });
    expect(escalated.data?.escalateIncident).toMatchObject({ vendorReference: 'EDT-2024-5512', status: 'IN_PROGRESS', escalatedAt: expect.any(String) });
    expect((await support.gql(Escalate, { id, ref: 'EDT-2024-9999' })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    const answered = await support.gql(VendorAnswer, { id, answer: 'Correctif déployé le 12 juin.' });
    expect(answered.data?.recordVendorAnswer.vendorAnswer).toBe('Correctif déployé le 12 juin.');
  });

  it('comments publicly or internally, never on a closed incident', async () => {
    const id = await incidentIn(support, 'IN_PROGRESS');
    await support.gql(CommentIncident, { id, body: 'Pouvez-vous nous envoyer une capture d’écran ?' });
    const { data } = await support.gql(CommentIncident, { id, body: 'Voir ticket similaire INC-2024-000002.', internal: true });
    expect(data?.commentIncident.comments.map((c) => [c.body, c.internal])).toEqual([
      ['Pouvez-vous nous envoyer une capture d’écran ?', false], ['Voir ticket similaire INC-2024-000002.', true],
    ]);
    expect((await support.gql(CommentIncident, { id, body: ' ' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const closed = await incidentIn(support, 'CLOSED');
    expect((await support.gql(CommentIncident, { id: closed, body: 'Encore une question' })).errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('filters by status, priority, category, school, assignee, text and breach', async () => {
    const marker = `Tableau numérique ${driver}`;
    const id = await incidentIn(support, 'ASSIGNED', { schoolUai: LES_FONTANILLES, title: marker, category: 'DOCUMENTS', impact: 'HIGH', urgency: 'HIGH' });
    const filtered = await support.gql(IncidentList, {
      filter: { status: ['ASSIGNED'], priority: ['P1'], category: ['DOCUMENTS'], schoolUai: LES_FONTANILLES, assigneeId: String(support.userId), q: 'TABLEAU numerique', breached: false },
    });
    expect(filtered.data?.incidents.nodes.map((n) => n.id)).toEqual([id]);
    expect(filtered.data?.incidents.totalCount).toBe(1);
    expect((await support.gql(IncidentList, { filter: { q: marker, breached: true } })).data?.incidents.totalCount).toBe(0);
    expect((await support.gql(IncidentList, { filter: { departmentCode: '81' } })).data?.incidents.totalCount).toBe(0);
    const unassigned = await support.gql(IncidentList, { filter: { unassigned: true, status: ['ASSIGNED'] } });
    expect(unassigned.data?.incidents.totalCount).toBe(0);
    const day = todayInParis(new Date((await support.gql(OneIncident, { id })).data!.incident!.reportedAt));
    expect((await support.gql(IncidentList, { filter: { q: marker, reportedFrom: day, reportedTo: day } })).data?.incidents.totalCount).toBe(1);
    expect((await support.gql(IncidentList, { filter: { q: marker, reportedTo: addDays(day, -1) } })).data?.incidents.totalCount).toBe(0);
  });

  it('serves the queue by resolution due time, a page of 50 with school and assignee in at most 3 statements', async () => {
    await Promise.all(Array.from({ length: 55 }, (_, i) => support.gql(ReportIncident, {
      input: report({ schoolUai: i % 2 ? AGNES_GELLY : LES_FONTANILLES, category: 'SCHOOL_LIFE', impact: LEVELS[i % 3]!, urgency: LEVELS[(i + 1) % 3]! }),
    })));
    const page = await support.gql(Queue, { filter: { category: ['SCHOOL_LIFE'] }, limit: 50 });
    expect(page.errors).toBeUndefined();
    const nodes = page.data!.incidentQueue.nodes;
    expect(nodes).toHaveLength(50);
    expect(nodes.every((n) => n.school?.name)).toBe(true);
    const dues = nodes.map((n) => new Date(n.resolveDueAt).getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(nodes.every((n) => typeof n.remainingMinutes === 'number')).toBe(true);
    expect(page.statements).toBeLessThanOrEqual(3);
  });

  it('computes breaches, remaining time and scope the same when the page selects none of the columns they need', async () => {
    const filter = { category: ['SCHOOL_LIFE' as const] };
    const narrow = await support.gql(NarrowQueue, { filter, limit: 20 });
    const wide = await support.gql(WideQueue, { filter, limit: 20 });
    expect(narrow.errors).toBeUndefined();
    expect(narrow.data!.incidentQueue.nodes).toHaveLength(20);
    expect(narrow.data!.incidentQueue.nodes).toEqual(wide.data!.incidentQueue.nodes.map(({ id, breached, ownBreached, resolveBreached, remainingMinutes, scope, school }) => (
      { id, breached, ownBreached, resolveBreached, remainingMinutes, scope, school: { name: school!.name, commune: school!.commune } })));
    expect(narrow.data!.incidentQueue.nodes[0]!.school?.commune.name).toBeTruthy();
  });

  it('counts open incidents by priority with their breaches', async () => {
    const { data } = await support.gql(Summary);
    const summary = data!.incidentSummary;
    expect(summary.byPriority.map((p) => p.priority)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(summary.byPriority.reduce((sum, p) => sum + p.open, 0)).toBe(summary.open);
    const open = await support.gql(IncidentList, { filter: { status: ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING'] }, limit: 1 });
    expect(summary.open).toBe(open.data?.incidents.totalCount);
    expect(summary.pending).toBe((await support.gql(IncidentList, { filter: { status: ['PENDING'] }, limit: 1 })).data?.incidents.totalCount);
  });
});
