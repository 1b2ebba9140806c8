import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { AGNES_GELLY, LES_FONTANILLES, LESCURE, LESCURE_SCHOOLS, SAINT_MATHIEU, SAINT_MATHIEU_DELIBERATION, conventionUpTo, seedConventionScenario } from './convention.scenarios.js';
import { conventionBlocks, longFrenchDate, type ConventionDocumentData } from './convention-text.js';

const SaveContact = graphql(`
  mutation DocumentSaveContact($code: String!, $input: CommuneContactInput!) { saveCommuneContact(communeInseeCode: $code, input: $input) { townHallSiret version } }
`);
const DocumentUrl = graphql(`query DocumentUrl($id: ID!) { convention(id: $id) { documentUrl } }`);

/** The PDF's text as one string, whitespace folded (pdf.js reads U+00A0 back as a space), for assertions on phrases. */
async function pdfText(body: ArrayBuffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(body), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('convention text', () => {
  it('writes dates as the convention does', () => {
    expect(longFrenchDate('2023-10-31')).toBe('31 octobre 2023');
    expect(longFrenchDate('2024-09-01')).toBe('1er septembre 2024');
  });

  it('keeps "€" with its amount: U+00A0 before it and between thousands, glyphs DejaVu has', () => {
    const data = { ...DOCUMENT, schools: Array.from({ length: 250 }, (_, i) => ({ uai: `${i}`, name: 'x', communeName: 'y', departmentCode: '34' })), amountCents: 1_125_000 };
    const article9 = conventionBlocks(data).find((b) => b.kind === 'paragraph' && b.text.startsWith('La collectivité a inscrit'));
    expect(article9).toEqual({ kind: 'paragraph', text: 'La collectivité a inscrit 250 école(s) pour cette année scolaire, pour un montant correspondant à 250 x 45,00\u00A0€ soit 11\u00A0250,00\u00A0€.' });
  });
});

const DOCUMENT: ConventionDocumentData = {
  id: 1, schoolYear: '2022-2023', status: 'SIGNED', academyName: 'Montpellier', signatoryName: 'Sophie Béjean', signatoryTitle: 'rectrice', dataControllerWording: 'la région académique',
  endsOn: '2023-10-31', commune: { name: 'Saint-Mathieu-de-Tréviers', siret: null, address: null, postalCode: null, mayorName: null, mayorCapacity: null },
  schools: [], unitPriceCents: 4500, amountCents: 0, communeSignedOn: null, academySignedOn: null,
};

describe.each(drivers)('convention document and export (%s)', (driver) => {
  let server: TestServer;
  let team: SignedInClient;
  let saintMathieu: string;
  let lescure: string;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await seedConventionScenario(server.em());
    team = await server.signIn();
    await team.gql(SaveContact, { code: SAINT_MATHIEU, input: { mayorName: 'LOPEZ Jérôme', mayorCapacity: 'MAIRE', townHallSiret: '213 402 761 00018', address: 'RUE ECOLES', postalCode: '34270' } });
    saintMathieu = await conventionUpTo(team, { communeInseeCode: SAINT_MATHIEU, schoolYear: '2022-2023', schoolUais: [AGNES_GELLY, LES_FONTANILLES] }, 'SIGNED', SAINT_MATHIEU_DELIBERATION);
    lescure = await conventionUpTo(team, { communeInseeCode: LESCURE, schoolYear: '2023-2024', schoolUais: LESCURE_SCHOOLS }, 'DELIBERATED');
  });
  afterAll(() => server?.close());

  const download = (client: { cookieHeader(): string }, path: string) => fetch(`${server.url}${path}`, { headers: { cookie: client.cookieHeader() } });

  it('generates the Saint-Mathieu-de-Tréviers convention as a PDF whose text reads back: parties, articles, schools, 90,00 €, end date', async () => {
    const url = (await team.gql(DocumentUrl, { id: saintMathieu })).data!.convention!.documentUrl;
    expect(url).toBe(`/conventions/${saintMathieu}/document.pdf`);
    const response = await download(team, url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="convention-2022-2023-${saintMathieu}.pdf"`);
    const body = await response.arrayBuffer();
    expect(Buffer.from(body).subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(body);
    for (const phrase of [
      'Année scolaire 2022-2023', 'LA RÉGION ACADÉMIQUE OCCITANIE', 'Représentée par Sophie Béjean', 'COMMUNE DE SAINT-MATHIEU-DE-TRÉVIERS',
      'SIRET : 21340276100018', 'Adresse : RUE ECOLES, 34270 SAINT-MATHIEU-DE-TRÉVIERS', 'Représentée par : LOPEZ Jérôme', 'En sa qualité de : MAIRE',
      'Préambule', 'Article 6', 'directeur de publication', 'Article 7', '7j/7, 24h/24', 'Article 8', 'responsable de traitement de la région académique Occitanie',
      'directives post-mortem', 'Article 9', 'La collectivité a inscrit 2 école(s)', '2 x 45,00\u00A0€ soit 90,00\u00A0€',
      '0340711N SAINT-MATHIEU-DE-TRÉVIERS 34 ÉCOLE ÉLÉMENTAIRE PUBLIQUE AGNÈS GELLY', '0340990S', 'Article 10', 'se termine au 31 octobre 2023', 'le 28/09/2023',
    ]) {
      expect(text, phrase).toContain(phrase.replace(/\s/g, ' '));
    }
  });

  it('prints placeholders where the commune’s details are missing, and the académie’s end date', async () => {
    const text = await pdfText(await (await download(team, `/conventions/${lescure}/document.pdf`)).arrayBuffer());
    expect(text).toContain('COMMUNE DE LESCURE-D\'ALBIGEOIS');
    expect(text).toContain('SIRET : …………………… (à compléter)');
    expect(text).toContain('se termine au 5 septembre 2024');
  });

  it('serves documents to the academic team within its perimeter only', async () => {
    const toulouse = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.ACADEMY, scopeCode: '16' }]);
    expect((await download(toulouse, `/conventions/${lescure}/document.pdf`)).status).toBe(200);
    expect((await download(toulouse, `/conventions/${saintMathieu}/document.pdf`)).status).toBe(403);
    expect((await download(await server.signIn([{ role: Role.DPO }]), `/conventions/${lescure}/document.pdf`)).status).toBe(403);
    expect((await download(server.client(), `/conventions/${lescure}/document.pdf`)).status).toBe(401);
    expect((await download(team, '/conventions/999999/document.pdf')).status).toBe(404);
  });

  it('exports a year’s conventions as CSV: UTF-8 with BOM, semicolons, French dates and decimal commas', async () => {
    const response = await download(team, '/conventions/export.csv?schoolYear=2022-2023');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    const [header, row] = lines.map((line) => line.split(';'));
    const field = (name: string) => row![header!.indexOf(name)];
    expect(field('Commune')).toBe('Saint-Mathieu-de-Tréviers');
    expect(field('SIREN')).toBe('213402761');
    expect(field('Statut')).toBe('signée');
    expect(field('Écoles (UAI)')).toBe(`${AGNES_GELLY} ${LES_FONTANILLES}`);
    expect(field('Montant (€)')).toBe('90,00');
    expect(field('Identifiant ACTES')).toBe('034-213402761-20221028-2022-10-062-DE');
    expect(field('Séance du')).toBe('20/10/2022');
    expect(field('Fin')).toBe('31/10/2023');
    expect((await download(team, '/conventions/export.csv?schoolYear=2023-2024&academyCode=11')).status).toBe(200);
    expect((await download(team, '/conventions/export.csv')).status).toBe(400);
    expect((await download(team, '/conventions/export.csv?schoolYear=2022-2023&status=PAID')).status).toBe(400);
  });
});
