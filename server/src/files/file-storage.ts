import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import type { EntityManager } from '../database/orm.js';
import { rowLoader } from '../common/loaders.js';
import { firstRow, rows, sqlBuilder, toInstant } from '../common/sql.js';
import { detectContentType, type DetectedType } from './content-type.rules.js';

export class UploadRefused extends Error {
  constructor(readonly status: 400 | 413 | 415, message: string) {
    super(message);
  }
}

export interface StoredFileView {
  id: number;
  purpose: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: number | null;
  createdAt: Date;
  deletedAt: Date | null;
}

/** Content lives at `<dir>/<first two hex digits>/<sha256>`. */
export function contentPath(dir: string, sha256: string): string {
  return path.join(dir, sha256.slice(0, 2), sha256);
}

/** A readable file name: no path, no control characters, at most 255 characters. */
export function cleanFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'fichier').slice(0, 255);
}

/**
 * Streams an upload to a temporary file while hashing and counting it (memory does not grow with the
 * size), checks the size and the type found in its first bytes, then renames it into place: a failed or
 * refused upload leaves nothing behind, and a stored file is never half-written. `userId` is null for a
 * file the command line stores (a directory import).
 */
export async function storeUpload(
  em: EntityManager,
  dir: string,
  upload: { stream: Readable; name: string; purpose: string; maxBytes: number; types: readonly DetectedType[]; userId: number | null; now: Date },
): Promise<StoredFileView> {
  const temporary = path.join(dir, 'incoming', randomUUID());
  await fsp.mkdir(path.dirname(temporary), { recursive: true });
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > upload.maxBytes) return done(new UploadRefused(413, `Fichier trop volumineux : ${Math.round(upload.maxBytes / 1024 / 1024)} Mo au plus.`));
      if (head.length < 4096) head = Buffer.concat([head, chunk.subarray(0, 4096 - head.length)]);
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(upload.stream, meter, fs.createWriteStream(temporary, { flags: 'wx' }));
    if (size === 0) throw new UploadRefused(400, 'Fichier vide.');
    const contentType = detectContentType(head);
    if (!contentType || !upload.types.includes(contentType)) {
      throw new UploadRefused(415, `Type de fichier refusé : ${upload.types.map((t) => t.split('/')[1]!.toUpperCase()).join(', ')} attendu.`);
    }
    const sha256 = hash.digest('hex');
    const target = contentPath(dir, sha256);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await fsp.rename(temporary, target);
    const [created] = await rows<{ id: number }>(em, sqlBuilder(em).insertInto('stored_file').values({
      purpose: upload.purpose, name: cleanFileName(upload.name), content_type: contentType, size, sha256, uploaded_by: upload.userId, created_at: upload.now,
    }).returning('id'));
    return (await findFile(em, created!.id))!;
  } finally {
    await fsp.rm(temporary, { force: true });
  }
}

/** The columns of a file's view, from the `stored_file` table under alias `f` (a module may join it). */
export const storedFileColumns = (f: string) => [
  'id', 'purpose', 'name', 'content_type as contentType', 'size', 'sha256', 'uploaded_by as uploadedBy', 'created_at as createdAt', 'deleted_at as deletedAt',
].map((column) => `${f}.${column}`);

export function storedFileView(row: Record<string, unknown>): StoredFileView {
  return { ...(row as unknown as StoredFileView), createdAt: toInstant(row.createdAt)!, deletedAt: toInstant(row.deletedAt) };
}

export async function findFile(em: EntityManager, id: number): Promise<StoredFileView | undefined> {
  const row = await firstRow<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('stored_file as f').select(storedFileColumns('f')).where('f.id', '=', id));
  return row && storedFileView(row);
}

/** Files by id within a request, for the records they are attached to (a convention's scans). */
export const storedFileById = rowLoader<number, StoredFileView>({ from: 'stored_file as f', key: 'f.id', columns: storedFileColumns('f'), toView: storedFileView, keyOf: (file) => file.id });

/**
 * Erases a file's content (an identity proof once checked), keeping its metadata and hash as proof of
 * receipt. The bytes are removed from disk unless another live file has the same content.
 */
export async function eraseFileContent(em: EntityManager, dir: string, id: number, now: Date): Promise<void> {
  const file = await findFile(em, id);
  if (!file || file.deletedAt) return;
  await rows(em, sqlBuilder(em).updateTable('stored_file').set({ deleted_at: now }).where('id', '=', id));
  const twin = await firstRow(em, sqlBuilder(em).selectFrom('stored_file').select('id').where('sha256', '=', file.sha256).where('deleted_at', 'is', null));
  if (!twin) await fsp.rm(contentPath(dir, file.sha256), { force: true });
}
