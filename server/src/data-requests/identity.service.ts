import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { parseId } from '../common/ids.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import type { Changes } from '../audit/audit.service.js';
import { eraseFileContent } from '../files/file-storage.js';
import { StoredFile } from '../files/stored-file.entity.js';
import type { DataSubjectRequest } from './data-request.entity.js';
import { DataSubjectRequestStatus, IdentityCheckStatus as Identity } from './data-request.enums.js';
import type { IdentityCheckInput } from './data-request.inputs.js';
import { changeRequest, notAfterToday } from './data-request.service.js';
import { IdentityProof } from './identity-proof.entity.js';
import { canMoveIdentity } from './request.rules.js';

const PURPOSE = 'identity-proof';

/** Uploaded identity proofs, not erased, attached to no request yet. */
async function requireProofs(tx: EntityManager, ids: readonly string[]): Promise<StoredFile[]> {
  if (!ids.length) throw new InvalidInputError('proofFileIds', 'Joignez les justificatifs reçus.');
  const files = await tx.find(StoredFile, { id: { $in: ids.map((id) => parseId(id, 'proofFileIds')) } });
  for (const id of ids) {
    const file = files.find((f) => String(f.id) === id);
    if (!file || file.purpose !== PURPOSE || file.deletedAt) throw new InvalidInputError('proofFileIds', `Le fichier ${id} n’est pas un justificatif d’identité disponible.`);
  }
  const attached = await rows(tx, sqlBuilder(tx).selectFrom('identity_proof').select('file_id').where('file_id', 'in', files.map((f) => f.id)));
  if (attached.length) throw new InvalidInputError('proofFileIds', 'Un de ces justificatifs est déjà joint à une demande.');
  return files;
}

/** Once the identity is decided the proofs' content goes; the decision, the dates and the files' hashes stay. */
async function eraseProofs(ctx: RequestContext, tx: EntityManager, request: DataSubjectRequest): Promise<number[]> {
  const proofs = await tx.find(IdentityProof, { request });
  // Inside the transaction: should it roll back, the bytes are gone early, which only anticipates the erasure.
  for (const proof of proofs) await eraseFileContent(tx, ctx.config.filesDir, proof.file.id, ctx.now);
  return proofs.map((proof) => proof.file.id);
}

/**
 * Identity is checked only on reasonable doubt (Art. 12(6)), and the deadline is not paused meanwhile:
 * asked, received (with the documents), then verified or failed, which erases the documents' content.
 */
export function recordIdentityCheck(ctx: RequestContext, id: string, input: IdentityCheckInput): Promise<number> {
  return changeRequest(ctx, id, 'recordIdentityCheck', async (r, tx): Promise<Changes | void> => {
    if (r.status === DataSubjectRequestStatus.CLOSED) throw new ConflictError('Une demande close ne se modifie plus.');
    if (!canMoveIdentity(r.identityCheck, input.status)) throw new ConflictError(`La vérification d’identité ne peut pas passer de ${r.identityCheck} à ${input.status}.`);
    if (input.on < r.receivedOn) throw new InvalidInputError('on', 'Cette date précède la réception de la demande.');
    notAfterToday(ctx, input.on, 'on');
    r.identityCheck = input.status;
    switch (input.status) {
      case Identity.REQUESTED:
        r.identityRequestedOn = input.on;
        return;
      case Identity.NOT_NEEDED:
        return;
      case Identity.RECEIVED: {
        const files = await requireProofs(tx, input.proofFileIds ?? []);
        for (const file of files) tx.create(IdentityProof, { request: r, file, attachedAt: ctx.now });
        r.identityReceivedOn = input.on;
        return { proofFileIds: [null, files.map((f) => f.id)] };
      }
      case Identity.VERIFIED:
      case Identity.FAILED:
        r.identityDecidedOn = input.on;
        return { erasedProofFileIds: [null, await eraseProofs(ctx, tx, r)] };
    }
  });
}
