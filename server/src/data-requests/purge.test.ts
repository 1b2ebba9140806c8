import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { createLogger } from '../logger.js';
import { commands } from '../cli/commands.js';
import { addMonths, todayInParis } from '../common/dates.js';
import { AnswerRequest, CloseRequest, DPO, registerRequest } from './data-request.scenarios.js';
import { ANONYMISED } from './purge.js';

const Details = graphql(`
  query PurgedRequest($id: ID!) {
    dataSubjectRequest(id: $id) {
      reference receivedOn rights status outcome answeredOn answeredLate closedOn content anonymisedAt applicant { firstName lastName email postalAddress }
    }
  }
`);
const Trail = graphql(`query PurgeTrail($id: String!) { auditEntries(filter: { targetType: "DataSubjectRequest", targetId: $id, operation: "anonymiseDataSubjectRequest" }) { totalCount nodes { actorEmail } } }`);

describe.each(drivers)('retention purge (%s)', (driver) => {
  let server: TestServer;
  let dpo: SignedInClient;
  const purge = commands.find((command) => command.name === 'data-requests:purge')!;

  async function run(options: Record<string, string | true>): Promise<{ code: number | void; lines: string[] }> {
    const lines: string[] = [];
    const code = await purge.run({ orm: server.orm, config: server.config, logger: createLogger('silent'), args: [], options, out: (line) => lines.push(line) });
    return { code, lines };
  }

  // The command runs on the real clock, like the server here: dates relative to today.
  const today = todayInParis(new Date());
  const monthsAgo = (months: number) => addMonths(today, -months);

  async function closedRequest(receivedOn: string, closedOn: string) {
    const request = await registerRequest(dpo, { receivedOn, applicant: { firstName: 'Paul', lastName: 'Durand', email: 'paul.durand@exemple.test', postalAddress: '1 place de la Mairie' } });
    await dpo.gql(AnswerRequest, { id: request.id, input: { answeredOn: receivedOn, channel: 'LETTER', outcome: 'GRANTED', summary: 'Copie adressée à M. Durand.' } });
    await dpo.gql(CloseRequest, { id: request.id, closedOn });
    return request;
  }

  let old: { id: string; reference: string };
  let recent: { id: string };
  beforeAll(async () => {
    server = await startTestServer(driver);
    dpo = await server.signIn(DPO);
    old = await closedRequest(monthsAgo(84), monthsAgo(80)); // closed six years and eight months ago
    recent = await closedRequest(monthsAgo(36), monthsAgo(30)); // two and a half years ago
    await registerRequest(dpo, { receivedOn: monthsAgo(90) }); // never closed: kept whatever its age
  });
  afterAll(() => server?.close());

  it('lists in a dry run what it would anonymise, and changes nothing', async () => {
    const { lines } = await run({ years: '5' });
    expect(lines[0]).toBe(`Simulation (--apply pour anonymiser) : 1 demande(s) close(s) avant le ${monthsAgo(60)}.`);
    expect(lines.slice(1)).toEqual([`  ${old.reference}  close le ${monthsAgo(80)}`]);
    expect((await dpo.gql(Details, { id: old.id })).data?.dataSubjectRequest.applicant.lastName).toBe('Durand');
  });

  it('anonymises with --apply: personal data go, reference, dates, rights, outcome and timing stay', async () => {
    const { lines } = await run({ apply: true, years: '5' });
    expect(lines[0]).toMatch(/^Anonymisées : 1 demande/);
    const { data } = await dpo.gql(Details, { id: old.id });
    expect(data?.dataSubjectRequest).toMatchObject({
      reference: old.reference, receivedOn: monthsAgo(84), rights: ['ACCESS'], status: 'CLOSED', outcome: 'GRANTED', answeredOn: monthsAgo(84), answeredLate: false,
      closedOn: monthsAgo(80), content: ANONYMISED, anonymisedAt: expect.any(String),
      applicant: { firstName: ANONYMISED, lastName: ANONYMISED, email: null, postalAddress: null },
    });
    expect((await dpo.gql(Details, { id: recent.id })).data?.dataSubjectRequest.applicant.lastName).toBe('Durand');
    expect((await dpo.gql(Trail, { id: old.id })).data?.auditEntries).toEqual({ totalCount: 1, nodes: [{ actorEmail: null }] });
    expect((await run({ apply: true, years: '5' })).lines[0]).toMatch(/: 0 demande/);
  });

  it('takes the retention from the settings, and refuses a wrong number of years', async () => {
    expect((await run({ years: '2' })).lines.slice(1)).toHaveLength(1); // the recent one; the old one is done
    expect((await run({ years: 'cinq' })).code).toBe(2);
    expect(server.config.dataRequestRetentionYears).toBe(5);
  });
});
