import { HttpError } from 'react-admin';
import { ApiUnreachableError, GraphQLResponseError } from '../dataProvider/graphqlRequest';
import { toHttpError } from '../dataProvider/serverErrors';

/** What the server answers for a stored upload. */
export interface UploadedFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface UploadOptions {
  /** The server's file purpose (`directory-import`…): its size limit, accepted types and uploaders. */
  purpose: string;
  /** Bytes sent so far, of `total`. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
  /** The form's file input: a refusal (wrong type, too large) is shown under it. */
  field?: string;
}

/** The body of the server's refusals on its REST routes. */
interface RefusalBody {
  error?: { code?: string; message?: string; requestId?: string };
}

/**
 * A refusal as react-admin's HttpError: the server's own words for what the user can fix (too large,
 * wrong type, no right), and the one mapping of the data provider for the rest (an internal error gives
 * the request id to quote, a proxy's error page means the server cannot be reached).
 */
function refusalError(status: number, responseText: string, field?: string): HttpError {
  let body: RefusalBody | null = null;
  try {
    body = JSON.parse(responseText) as RefusalBody;
  } catch {
    // Not the server's JSON: a proxy's error page.
  }
  const refusal = body?.error;
  if (!refusal?.message) return toHttpError(new ApiUnreachableError(status));
  if (status >= 500) {
    const error = { message: refusal.message, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: refusal.requestId } };
    return toHttpError(new GraphQLResponseError([error], status, refusal.requestId ?? null));
  }
  return new HttpError(refusal.message, status, { code: refusal.code, ...(field ? { errors: { [field]: refusal.message } } : {}) });
}

/**
 * Sends a file to `POST /files?purpose=…&name=…` as the raw body, with the header that the server asks for
 * against cross-site uploads, and the session cookie. XMLHttpRequest rather than fetch: only it reports
 * the upload's progress, which a 200 MB directory needs. Rejects with an HttpError (its message is for
 * the user), or with an AbortError when `signal` aborts.
 */
export function uploadFile(file: File, { purpose, onProgress, signal, field }: UploadOptions): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const aborted = () => new DOMException('Upload aborted', 'AbortError');
    if (signal?.aborted) return reject(aborted());
    const request = new XMLHttpRequest();
    const abort = () => request.abort();
    signal?.addEventListener('abort', abort, { once: true });
    const settle = () => signal?.removeEventListener('abort', abort);

    request.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onload = () => {
      settle();
      if (request.status === 201) resolve(JSON.parse(request.responseText) as UploadedFile);
      else reject(refusalError(request.status, request.responseText, field));
    };
    request.onerror = () => {
      settle();
      reject(toHttpError(new ApiUnreachableError(null)));
    };
    request.onabort = () => {
      settle();
      reject(aborted());
    };

    const query = new URLSearchParams({ purpose, name: file.name });
    request.open('POST', `/files?${query.toString()}`);
    request.withCredentials = true;
    request.setRequestHeader('x-ent-upload', '1');
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.send(file);
  });
}
