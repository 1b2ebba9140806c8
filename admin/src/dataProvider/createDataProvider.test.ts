import { HttpError } from 'react-admin';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EMPTY_DELIBERATION } from '../conventions/deliberationInput';
import { dataProvider } from './index';
import { isConflict } from './serverErrors';
import { stubGraphqlEndpoint } from './stubGraphqlEndpoint';

/** Answers every POST /graphql with `body`, and records what the console sent. */
const answerWith = (body: unknown, options: { status?: number; headers?: Record<string, string> } = {}) =>
  stubGraphqlEndpoint(() => ({ body, ...options }));

afterEach(() => {
  vi.unstubAllGlobals();
});

const school = {
  uai: '0340711N',
  name: 'École élémentaire publique Agnès Gelly',
  kind: 'ELEMENTAIRE',
  sector: 'PUBLIC',
  status: 'OPEN',
  closedOn: null,
  address: null,
  postalCode: null,
  email: null,
  phone: null,
  directorName: null,
  directorEmail: null,
  version: 3,
  createdAt: '2026-11-23T15:00:00.000Z',
  updatedAt: '2026-11-23T15:00:00.000Z',
  commune: { inseeCode: '34276', name: 'Saint-Mathieu-de-Tréviers', department: { code: '34', name: 'Hérault' } },
  circonscription: { id: '1', name: 'Pic Saint-Loup (démo)' },
};

const graphqlError = (code: string, message: string, extensions: Record<string, unknown> = {}) => ({
  data: null,
  errors: [{ message, extensions: { code, requestId: 'req-42', ...extensions } }],
});

async function rejection(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe('lists', () => {
  test('pagination, sort and filters become offset, limit, orderBy and the schema’s filter', async () => {
    const sent = answerWith({ data: { schools: { totalCount: 31, nodes: [school] } } });
    const result = await dataProvider.getList('schools', {
      pagination: { page: 3, perPage: 10 },
      sort: { field: 'communeInseeCode', order: 'DESC' },
      filter: { q: ' gelly ', communeInseeCode: '34276', kind: 'ELEMENTAIRE', status: 'NOT_A_STATUS', sector: '' },
    });
    expect(sent[0]?.query).toContain('query Schools');
    expect(sent[0]?.variables).toEqual({
      offset: 20,
      limit: 10,
      orderBy: [{ field: 'COMMUNE_INSEE_CODE', direction: 'DESC' }],
      filter: { q: 'gelly', communeInseeCode: '34276', kind: 'ELEMENTAIRE' },
    });
    expect(result.total).toBe(31);
    expect(result.data[0]).toMatchObject({ id: '0340711N', communeInseeCode: '34276', circonscriptionId: '1' });
  });

  test('a sort field the API cannot order by leaves the server’s default order', async () => {
    const sent = answerWith({ data: { communes: { totalCount: 0, nodes: [] } } });
    await dataProvider.getList('communes', { pagination: { page: 1, perPage: 25 }, sort: { field: 'siren', order: 'ASC' }, filter: {} });
    expect(sent[0]?.variables.orderBy).toBeUndefined();
  });

  test('a reference list filters on the target (the schools of a commune)', async () => {
    const sent = answerWith({ data: { schools: { totalCount: 1, nodes: [school] } } });
    await dataProvider.getManyReference('schools', {
      target: 'communeInseeCode',
      id: '34276',
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(sent[0]?.variables.filter).toEqual({ communeInseeCode: '34276' });
  });
});

describe('records', () => {
  test('getMany asks for every id in one request, through the list’s filter by several keys', async () => {
    const commune = { ...school.commune, population: 4853, postalCodes: ['34270'], siren: '213402761' };
    const sent = answerWith({ data: { communes: { totalCount: 1, nodes: [commune] } } });
    const { data } = await dataProvider.getMany('communes', { ids: ['34276', '34172'] });
    expect(sent.map((request) => request.variables)).toEqual([{ offset: 0, limit: 2, filter: { inseeCodes: ['34276', '34172'] } }]);
    expect(data.map((found) => found.id)).toEqual(['34276']);
  });

  test('a resource without a lookup by several keys is asked for each id', async () => {
    const sent = answerWith({ data: { user: { id: '5', grants: [] } } });
    await dataProvider.getMany('users', { ids: ['5', '6'] });
    expect(sent.map((request) => request.variables)).toEqual([{ id: '5' }, { id: '6' }]);
  });

  test('a missing record is a 404', async () => {
    answerWith({ data: { school: null } });
    expect((await rejection(dataProvider.getOne('schools', { id: '0340711N' }))).status).toBe(404);
  });

  test('an update sends the version read and clears emptied fields', async () => {
    const sent = answerWith({ data: { updateSchool: { ...school, version: 4 } } });
    const { data } = await dataProvider.update('schools', {
      id: '0340711N',
      data: { ...school, name: ' Agnès Gelly ', phone: '', circonscriptionId: null, communeInseeCode: '34276', version: 99 },
      previousData: { ...school, id: '0340711N' },
    });
    expect(sent[0]?.variables).toEqual({
      uai: '0340711N',
      input: {
        version: 3,
        name: 'Agnès Gelly',
        kind: 'ELEMENTAIRE',
        sector: 'PUBLIC',
        communeInseeCode: '34276',
        circonscriptionId: null,
        address: null,
        postalCode: null,
        email: null,
        phone: null,
        directorName: null,
        directorEmail: null,
      },
    });
    expect(data.version).toBe(4);
  });

  test('operations the API lacks are refused without a request', async () => {
    const sent = answerWith({});
    await expect(dataProvider.delete('schools', { id: '0340711N' })).rejects.toThrow('delete sur schools');
    await expect(dataProvider.create('communes', { data: {} })).rejects.toThrow('create sur communes');
    expect(sent).toEqual([]);
  });
});

describe('server errors', () => {
  const creation = { data: { uai: '0340711A', name: 'École', kind: 'MATERNELLE', communeInseeCode: '34276' } };

  test('bad input on a form field lands under that field', async () => {
    const message = 'Code UAI invalide : la lettre de contrôle de 0340711 est N, pas A.';
    answerWith(graphqlError('BAD_USER_INPUT', message, { field: 'uai' }));
    const error = await rejection(dataProvider.create('schools', creation));
    expect(error.status).toBe(400);
    expect(error.body.errors).toEqual({ uai: message });
  });

  test('bad input on a field the form does not have is a plain message', async () => {
    answerWith(graphqlError('BAD_USER_INPUT', 'Taille de page invalide.', { field: 'limit' }), { status: 400 });
    const error = await rejection(dataProvider.getList('schools', { pagination: { page: 1, perPage: 1000 }, filter: {} }));
    expect(error.message).toBe('Taille de page invalide.');
    expect(error.body.errors).toBeUndefined();
  });

  test('a missing required value is reported under its input before any request', async () => {
    const sent = answerWith({});
    const error = await rejection(dataProvider.create('schools', { data: { ...creation.data, kind: undefined } }));
    expect(error.body.errors).toEqual({ kind: 'ra.validation.required' });
    expect(sent).toEqual([]);
  });

  test('a value already taken (CONFLICT on a field of the form) lands under that field', async () => {
    const message = 'Un compte utilise déjà l’adresse dpo@ent-ecole.test.';
    answerWith(graphqlError('CONFLICT', message, { field: 'email' }));
    const error = await rejection(dataProvider.create('users', { data: { email: 'dpo@ent-ecole.test', displayName: 'D', password: 'x', grants: [] } }));
    expect(error.body.errors).toEqual({ email: message });
    expect(isConflict(error)).toBe(false);
  });

  test('the wait of TOO_MANY_ATTEMPTS is kept', async () => {
    answerWith(graphqlError('TOO_MANY_ATTEMPTS', 'Trop de tentatives.', { retryAfterSeconds: 900 }));
    const error = await rejection(dataProvider.getList('schools', { filter: {} }));
    expect([error.status, error.body]).toEqual([429, { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 900 }]);
  });

  test('a stale version is a conflict', async () => {
    answerWith(graphqlError('CONFLICT', 'Cette école a été modifiée entre-temps.', { field: 'version', currentVersion: 4 }));
    const error = await rejection(dataProvider.update('schools', { id: '0340711N', data: school, previousData: school }));
    expect(error.status).toBe(409);
    expect(isConflict(error)).toBe(true);
    expect(error.body.errors).toBeUndefined();
  });

  test.each([
    ['UNAUTHENTICATED', 401],
    ['FORBIDDEN', 403],
    ['NOT_FOUND', 404],
  ])('%s keeps the server’s message, with status %i', async (code, status) => {
    answerWith(graphqlError(code, 'Message du serveur.'));
    const error = await rejection(dataProvider.getOne('schools', { id: '0340711N' }));
    expect([error.status, error.message]).toEqual([status, 'Message du serveur.']);
  });

  test('an internal error gives the request id to quote to support', async () => {
    answerWith(graphqlError('INTERNAL_SERVER_ERROR', 'Erreur interne.'));
    const error = await rejection(dataProvider.getOne('schools', { id: '0340711N' }));
    expect(error.status).toBe(500);
    expect(error.message).toContain('req-42');
  });

  test('an unreachable server says so', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('fetch failed');
    });
    const error = await rejection(dataProvider.getList('schools', { filter: {} }));
    expect(error.message).toContain('Le serveur ne répond pas');
  });
});

describe('commands', () => {
  test('a command answers `{ data }` like react-admin’s methods', async () => {
    const sent = answerWith({ data: { revokeUserSessions: 2 } });
    expect(await dataProvider.revokeUserSessions('5')).toEqual({ data: 2 });
    expect(sent[0]?.variables).toEqual({ id: '5' });
  });

  test('the server’s reason lands under the field of the command’s form', async () => {
    const message = 'Mot de passe trop faible : 12 caractères au moins…';
    answerWith(graphqlError('BAD_USER_INPUT', message, { field: 'newPassword' }));
    const error = await rejection(dataProvider.changePassword({ currentPassword: 'ancien', newPassword: 'faible' }));
    expect(error.body.errors).toEqual({ newPassword: message });
  });

  test('every rule a deliberation breaks lands under its own input', async () => {
    const quorum = 'Quorum non atteint : 13 présents sur 27 membres en exercice, il en faut plus de la moitié (14).';
    const votes = 'Pour + contre + abstentions (24) doit égaler le nombre de votants (25).';
    answerWith(
      graphqlError('BAD_USER_INPUT', quorum, {
        field: 'present',
        violations: [
          { field: 'present', message: quorum },
          { field: 'votesFor', message: votes },
          { field: 'somethingElse', message: 'hors formulaire' },
        ],
      }),
    );
    const values = {
      ...EMPTY_DELIBERATION,
      id: '7',
      meetingDate: '2023-09-25',
      number: '48/2023',
      membersInOffice: 27,
      present: 13,
      represented: 1,
      absent: 13,
      voters: 25,
      votesFor: 24,
      votesAgainst: 0,
      abstentions: 0,
    };
    const error = await rejection(dataProvider.recordDeliberation(values));
    expect(error.body.errors).toEqual({ present: quorum, votesFor: votes });
  });

  test('a password is sent as typed, spaces included', async () => {
    const sent = answerWith({ data: { resetUserPassword: true } });
    await dataProvider.resetUserPassword({ id: 5, newPassword: ' une phrase de passe assez longue ' });
    expect(sent[0]?.variables).toEqual({ id: '5', newPassword: ' une phrase de passe assez longue ' });
  });
});
