import { HttpError } from 'react-admin';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { uploadFile } from './uploadFile';

type Listener = ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null;

/** A stand-in for the browser's XMLHttpRequest: records what is sent; the test plays the server's part. */
class FakeRequest {
  static last: FakeRequest | undefined;
  method = '';
  url = '';
  withCredentials = false;
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress: Listener } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeRequest.last = this;
  }
  open(method: string, url: string) {
    [this.method, this.url] = [method, url];
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: string) {
    [this.status, this.responseText] = [status, body];
    this.onload?.();
  }
}

const sent = () => {
  if (!FakeRequest.last) throw new Error('nothing sent');
  return FakeRequest.last;
};

afterEach(() => {
  vi.unstubAllGlobals();
  FakeRequest.last = undefined;
});

const csv = () => new File(['etat;uai\nOUVERT;0340711N\n'], 'annuaire 2026 (écoles).csv', { type: 'text/csv' });
const stored = { id: '12', name: 'annuaire 2026 (écoles).csv', contentType: 'text/csv', size: 25, sha256: 'ab' };

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe('uploading a file', () => {
  test('sends the raw file with the purpose, its name and the anti-CSRF header, reports progress, answers the stored file', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    const progress: Array<[number, number]> = [];
    const file = csv();
    const upload = uploadFile(file, { purpose: 'directory-import', onProgress: (done, total) => progress.push([done, total]) });
    const request = sent();
    expect([request.method, request.url]).toEqual(['POST', '/files?purpose=directory-import&name=annuaire+2026+%28%C3%A9coles%29.csv']);
    expect(request.headers['x-ent-upload']).toBe('1');
    expect(request.withCredentials).toBe(true);
    expect(request.body).toBe(file);

    // Without a computable length, the file's own size is the total.
    request.upload.onprogress?.({ loaded: 10, total: 25, lengthComputable: true });
    request.upload.onprogress?.({ loaded: 20, total: 0, lengthComputable: false });
    request.answer(201, JSON.stringify(stored));
    expect(await upload).toEqual(stored);
    expect(progress).toEqual([
      [10, 25],
      [20, file.size],
    ]);
  });

  test('a refusal keeps the server’s words and status', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    const upload = uploadFile(csv(), { purpose: 'directory-import' });
    sent().answer(415, JSON.stringify({ error: { code: 'BAD_USER_INPUT', message: 'Type de fichier refusé : CSV attendu.', requestId: 'r1' } }));
    const error = await rejection(upload);
    expect(error).toBeInstanceOf(HttpError);
    expect([(error as HttpError).status, error.message]).toEqual([415, 'Type de fichier refusé : CSV attendu.']);
  });

  test('an internal error gives the request id to quote to support', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    const upload = uploadFile(csv(), { purpose: 'directory-import' });
    sent().answer(500, JSON.stringify({ error: { code: 'INTERNAL', message: 'Erreur interne.', requestId: 'req-7' } }));
    expect((await rejection(upload)).message).toContain('req-7');
  });

  test('no answer, or a proxy’s page instead of the server’s, means the server cannot be reached', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    const offline = uploadFile(csv(), { purpose: 'directory-import' });
    sent().onerror?.();
    expect((await rejection(offline)).message).toContain('Le serveur ne répond pas');

    const proxied = uploadFile(csv(), { purpose: 'directory-import' });
    sent().answer(502, '<html>Bad gateway</html>');
    expect((await rejection(proxied)).message).toContain('Le serveur ne répond pas');
  });

  test('aborting stops the upload, and an aborted signal sends nothing', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    const controller = new AbortController();
    const upload = uploadFile(csv(), { purpose: 'directory-import', signal: controller.signal });
    controller.abort();
    expect((await rejection(upload)).name).toBe('AbortError');

    FakeRequest.last = undefined;
    expect((await rejection(uploadFile(csv(), { purpose: 'directory-import', signal: controller.signal }))).name).toBe('AbortError');
    expect(FakeRequest.last).toBeUndefined();
  });
});
