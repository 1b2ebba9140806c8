import { HttpError } from 'react-admin';

/** What the server answers a refused upload with (server/src/route-context.ts `refuse`). */
interface UploadRefusal {
  error?: { code?: string; message?: string };
}

/**
 * Uploads a file for a purpose (`convention-scan`…) and answers its id, to attach with a mutation. The
 * body is the raw file; the custom header is the server's CSRF guard (a cross-site form cannot set it).
 * A refusal (wrong type, too large) keeps the server's message; `field` names the form's file input, so
 * that the message lands under it.
 */
export async function uploadFile(purpose: string, file: File, field: string): Promise<string> {
  const query = new URLSearchParams({ purpose, name: file.name });
  let response: Response;
  try {
    response = await fetch(`/files?${query}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'x-ent-upload': '1', 'content-type': file.type || 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw new HttpError('Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.', 0);
  }
  const body = (await response.json().catch(() => ({}))) as UploadRefusal & { id?: string };
  if (response.ok && body.id) return body.id;
  const message = body.error?.message ?? `Le dépôt du fichier a échoué (HTTP ${response.status}).`;
  throw new HttpError(message, response.status, { code: body.error?.code, errors: { [field]: message } });
}
