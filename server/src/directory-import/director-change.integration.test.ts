import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGNES_GELLY, seedSourceSchools, type SchoolScenario } from '../schools/school.scenarios.js';
import { drivers } from '../test-support/databases.js';
import { graphql } from '../test-support/generated/index.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { ImportKind } from './directory-import.enums.js';
import { importCsv } from './directory-import.scenarios.js';

const Assign = graphql(`
  mutation ImportAssign($input: AssignPublicationDirectorInput!) { assignPublicationDirector(input: $input) { id } }
`);

/** The import and the publication directors, wired together as in production (no injected listener). */
describe.each(drivers)('a director change from the directory reminds the ERUN (%s)', (driver) => {
  let server: TestServer;
  let scenario: SchoolScenario;
  beforeAll(async () => {
    server = await startTestServer(driver);
    scenario = await seedSourceSchools(server.em());
  });
  afterAll(() => server?.close());

  it('when the new director is not the publication director', async () => {
    const erun = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: String(scenario.picSaintLoup) }], 'erun.pic@ac-montpellier.fr');
    await erun.gql(Assign, { input: { schoolUai: AGNES_GELLY, civility: 'MONSIEUR', firstName: 'Paul', lastName: 'Roux', email: 'paul.roux@ac-montpellier.fr', function: 'SCHOOL_DIRECTOR', startDate: '2024-09-01' } });
    const file = ['Numéro UAI;Civilité;Prénom;Nom;Mél', `${AGNES_GELLY};Mme;Claire;DURAND;claire.durand@ac-montpellier.fr`].join('\n');
    expect((await importCsv(server, ImportKind.DIRECTORS, file)).counts).toMatchObject({ UPDATE: 1 });
    const em = server.em();
    const mails = await rows<{ toEmail: string; subject: string }>(em, sqlBuilder(em).selectFrom('notification').select(['to_email as toEmail', 'subject'])
      .where('kind', '=', 'publication-director.director-changed'));
    expect(mails).toEqual([expect.objectContaining({ toEmail: 'erun.pic@ac-montpellier.fr' })]);
  });
});
