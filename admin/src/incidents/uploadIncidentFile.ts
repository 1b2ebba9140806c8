import { HttpError } from 'react-admin';
import { ApiUnreachableError } from '../dataProvider/graphqlRequest';

/** What POST /files answers: the stored file, or the reason of a refusal. */
interface UploadAnswer {
  id?: string;
  error?: { code: string; message: string };
}

/**
 * Uploads one file for an incident (POST /files, raw body; the custom header is the server's CSRF guard)
 * and answers its id, to attach with `attachIncidentFiles`. The server checks the content, not the name:
 * its refusal (type, size) is an HttpError carrying its message; a 401 signs out as any request does.
 */
export async function uploadIncidentFile(file: File): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/files?purpose=incident-attachment&name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'x-ent-upload': '1', 'content-type': file.type || 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw new ApiUnreachableError(null);
  }
  const answer = (await response.json().catch(() => null)) as UploadAnswer | null;
  if (response.ok && answer?.id) return answer.id;
  if (answer?.error) throw new HttpError(answer.error.message, response.status, { code: answer.error.code });
  throw new ApiUnreachableError(response.status);
}
