import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { createLogger } from '../logger.js';
import { loadDemoData } from './demo-data.js';
import { LESCURE, SAINT_MATHIEU } from './source-documents.js';

const DemoConventions = graphql(`
  query DemoConventions {
    conventions(orderBy: [{ field: SCHOOL_YEAR }]) {
      totalCount
      nodes {
        schoolYear status amountCents endsOn communeSignedOn commune { inseeCode } schools { uai }
        deliberation { number meetingDate present represented absent voters votesFor adopted actesId receivedOn }
        contact { mayorName mayorCapacity townHallSiret address postalCode }
        campaign { unitPriceCents signatoryName dataControllerWording }
      }
    }
  }
`);

describe.each(drivers)('demo data (%s)', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(() => server?.close());

  it('holds the source documents’ conventions in their final state, once however often it is loaded', async () => {
    await loadDemoData(server.orm, server.config, createLogger('silent'));
    await loadDemoData(server.orm, server.config, createLogger('silent'));
    const { data } = await (await server.signIn()).gql(DemoConventions);
    expect(data?.conventions.totalCount).toBe(2);
    const [saintMathieu, lescure] = data!.conventions.nodes;
    expect(saintMathieu).toMatchObject({
      schoolYear: '2022-2023', status: 'SIGNED', amountCents: 9000, endsOn: '2023-10-31', commune: { inseeCode: SAINT_MATHIEU },
      deliberation: { meetingDate: '2022-10-20', present: 18, represented: 6, absent: 3, voters: 24, votesFor: 24, adopted: true, actesId: '034-213402761-20221028-2022-10-062-DE', receivedOn: '2022-11-02' },
      contact: { mayorName: 'LOPEZ Jérôme', mayorCapacity: 'MAIRE', townHallSiret: '21340276100018', address: 'RUE ECOLES', postalCode: '34270' },
      campaign: { unitPriceCents: 4500, signatoryName: 'Sophie Béjean', dataControllerWording: 'la Rectrice de l’académie de Montpellier' },
    });
    expect(saintMathieu!.schools.map((s) => s.uai)).toEqual(['0340711N', '0340990S'].sort());
    expect(lescure).toMatchObject({
      schoolYear: '2023-2024', status: 'DELIBERATED', amountCents: 9000, endsOn: '2024-09-05', commune: { inseeCode: LESCURE },
      deliberation: { number: '48/2023', meetingDate: '2023-09-25', present: 24, represented: 1, absent: 2, voters: 25, votesFor: 25, adopted: true },
      contact: { mayorName: 'Élisabeth CLAVERIE', mayorCapacity: 'Maire' },
    });
  });
});
