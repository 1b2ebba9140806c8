import { HttpError } from 'react-admin';

/** What the server answers for a stored upload. */
export interface UploadedFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * Sends a file to `POST /files` for a purpose (`identity-proof`…): raw body, with the custom header that
 * makes a cross-site upload impossible without a CORS preflight. The server checks the type by content
 * and the size; its refusal (in French) becomes the error's message.
 */
export async function uploadFile(purpose: string, file: File): Promise<UploadedFile> {
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
  const body = (await response.json().catch(() => null)) as (UploadedFile & { error?: { code: string; message: string } }) | null;
  if (!response.ok || !body) throw new HttpError(body?.error?.message ?? `Envoi refusé (HTTP ${response.status}).`, response.status, body?.error);
  return body;
}
