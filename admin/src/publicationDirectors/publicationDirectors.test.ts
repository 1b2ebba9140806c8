import { HttpError } from 'react-admin';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { dataProvider } from '../dataProvider';
import { stubGraphqlEndpoint } from '../dataProvider/stubGraphqlEndpoint';
import { assignInput } from './publicationDirectors.commands';
import { assignPath, directorTabPath, proposalsPath } from './directorScope';
import { proposalTally, readyUais } from './proposalTally';

afterEach(() => {
  vi.unstubAllGlobals();
});

const circonscription = (id: string, name: string, departmentCode: string) => ({
  id,
  code: `DEMO-${id}`,
  name,
  department: { code: departmentCode, name: departmentCode === '34' ? 'Hérault' : 'Tarn' },
});

/** Three circonscriptions as the API answers them: in its own order, all at once. */
const summary = [
  { circonscription: circonscription('1', 'Pic Saint-Loup (démo)', '34'), schoolCount: 10, uncoveredSchoolCount: 8, mismatchedSchoolCount: 1, communeCount: 5, uncoveredCommuneCount: 4 },
  { circonscription: circonscription('2', 'Albi Nord (démo)', '81'), schoolCount: 9, uncoveredSchoolCount: 9, mismatchedSchoolCount: 0, communeCount: 5, uncoveredCommuneCount: 5 },
  { circonscription: circonscription('3', 'Castres (démo)', '81'), schoolCount: 3, uncoveredSchoolCount: 0, mismatchedSchoolCount: 2, communeCount: 1, uncoveredCommuneCount: 0 },
];

describe('coverage of the circonscriptions (a summary the API answers at once)', () => {
  test('the department filter goes to the server; sort and pages are applied here; covered figures are derived', async () => {
    const sent = stubGraphqlEndpoint(() => ({ body: { data: { publicationCoverageSummary: summary } } }));
    const page = await dataProvider.getList('publicationCoverage', {
      pagination: { page: 1, perPage: 2 },
      sort: { field: 'uncoveredSchoolCount', order: 'DESC' },
      filter: { departmentCode: '81' },
    });
    expect(sent[0]?.variables).toEqual({ departmentCode: '81' });
    expect(page.total).toBe(3);
    expect(page.data.map((row) => [row.id, row.uncoveredSchoolCount, row.coveredSchoolCount, row.coveredCommuneCount])).toEqual([
      ['2', 9, 0, 0],
      ['1', 8, 2, 1],
    ]);
    const byName = await dataProvider.getList('publicationCoverage', { pagination: { page: 2, perPage: 2 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    expect(sent[1]?.variables).toEqual({ departmentCode: null });
    expect(byName.data.map((row) => row.circonscription.name)).toEqual(['Pic Saint-Loup (démo)']);
  });

  test('« incomplete » keeps the circonscriptions with a school or a commune space uncovered (the home tile’s figure)', async () => {
    stubGraphqlEndpoint(() => ({ body: { data: { publicationCoverageSummary: summary } } }));
    const { total } = await dataProvider.getList('publicationCoverage', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: { incomplete: true } });
    expect(total).toBe(2);
  });

  test('a circonscription’s lists get the ids of their schools and communes; a refusal keeps the server’s reason', async () => {
    stubGraphqlEndpoint(({ variables }) =>
      variables.circonscriptionId === '1'
        ? {
            body: {
              data: {
                publicationCoverage: {
                  ...summary[0],
                  uncoveredSchools: [{ uai: '0341501K', name: 'École primaire du Pic', directorName: null, commune: { inseeCode: '34276', name: 'Saint-Mathieu-de-Tréviers' } }],
                  uncoveredCommunes: [{ inseeCode: '34172', name: 'Montpellier' }],
                  mismatchedSchools: [],
                },
              },
            },
          }
        : { body: { data: null, errors: [{ message: 'Cette circonscription est hors de votre périmètre.', extensions: { code: 'FORBIDDEN' } }] } },
    );
    const { data } = await dataProvider.getOne('publicationCoverage', { id: '1' });
    expect(data.id).toBe('1');
    expect(data.uncoveredSchools.map((school: { id: string }) => school.id)).toEqual(['0341501K']);
    expect(data.uncoveredCommunes.map((commune: { id: string }) => commune.id)).toEqual(['34172']);

    const refused = await dataProvider.getOne('publicationCoverage', { id: '2' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({ status: 403, message: 'Cette circonscription est hors de votre périmètre.' });
  });
});

describe('the assignment form', () => {
  const typed = { schoolUai: '0340711N', civility: 'MADAME', firstName: ' Claire ', lastName: 'DURAND', email: 'claire.durand@ac-montpellier.fr', startDate: '2025-09-01' };

  test('its values are the API’s input; a justification is sent only with the function OTHER', () => {
    expect(assignInput({ ...typed, function: 'SCHOOL_DIRECTOR', justification: 'typed before changing the function' })).toEqual({
      schoolUai: '0340711N',
      communeInseeCode: null,
      civility: 'MADAME',
      firstName: 'Claire',
      lastName: 'DURAND',
      email: 'claire.durand@ac-montpellier.fr',
      function: 'SCHOOL_DIRECTOR',
      justification: null,
      startDate: '2025-09-01',
    });
    expect(assignInput({ ...typed, function: 'OTHER', justification: ' Directrice adjointe, seule en poste ' }).justification).toBe('Directrice adjointe, seule en poste');
  });

  test('the server’s error on an input lands under it; a CONFLICT about no input keeps its reason for the form', async () => {
    const answers = [
      { message: 'Adresse électronique invalide.', extensions: { code: 'BAD_USER_INPUT', field: 'email' } },
      { message: 'La désignation en cours commence le 2022-09-01 : une nouvelle désignation doit commencer après cette date.', extensions: { code: 'CONFLICT' } },
    ];
    stubGraphqlEndpoint(() => ({ body: { data: null, errors: [answers.shift()] } }));
    // As `useCommand('assignPublicationDirector')` calls it, with the form's values.
    const assign = (values: Record<string, unknown>) => dataProvider.assignPublicationDirector(values);
    const badEmail = await assign({ ...typed, function: 'SCHOOL_DIRECTOR' }).catch((error: unknown) => error);
    expect(badEmail).toMatchObject({ status: 400, body: { errors: { email: 'Adresse électronique invalide.' } } });
    const conflict = await assign({ ...typed, function: 'SCHOOL_DIRECTOR', startDate: '2022-01-01' }).catch((error: unknown) => error);
    expect(conflict).toMatchObject({ status: 409, body: { code: 'CONFLICT' } });
    expect((conflict as HttpError).body.errors).toBeUndefined();
  });
});

describe('paths and the bulk preview', () => {
  test('a scope’s tab, its form and a circonscription’s bulk page', () => {
    expect(directorTabPath({ kind: 'school', code: '0340711N' })).toBe('/schools/0340711N/show/publication-director');
    expect(directorTabPath({ kind: 'commune', code: '2A004' })).toBe('/communes/2A004/show/publication-director');
    expect(assignPath({ kind: 'commune', code: '34276' })).toBe('/publication-directors/commune/34276/assign');
    expect(proposalsPath('12')).toBe('/publication-directors/circonscriptions/12/proposals');
  });

  test('the tally counts each status in a fixed order; only the ready schools are selected', () => {
    const proposals = [
      { id: 'A', status: 'NO_DIRECTOR_IN_DIRECTORY' },
      { id: 'B', status: 'READY' },
      { id: 'C', status: 'ALREADY_PUBLICATION_DIRECTOR' },
      { id: 'D', status: 'READY' },
    ] as const;
    expect(proposalTally(proposals)).toEqual([
      { status: 'READY', count: 2 },
      { status: 'ALREADY_PUBLICATION_DIRECTOR', count: 1 },
      { status: 'NO_DIRECTOR_IN_DIRECTORY', count: 1 },
    ]);
    expect(readyUais(proposals)).toEqual(['B', 'D']);
  });
});
