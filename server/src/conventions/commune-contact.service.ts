import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { rowLoader } from '../common/loaders.js';
import { toInstant } from '../common/sql.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { changesBetween, recordAudit } from '../audit/audit.service.js';
import { Commune } from '../territory/commune.entity.js';
import { requireDepartment } from './convention-access.js';
import { CommuneContact } from './commune-contact.entity.js';
import type { CommuneContactInput } from './commune-contact.inputs.js';
import { checkSiret, siretMatchesSiren } from './siren.rules.js';

export interface CommuneContactView {
  id: number;
  communeInseeCode: string;
  mayorName: string | null;
  mayorCapacity: string | null;
  townHallSiret: string | null;
  address: string | null;
  postalCode: string | null;
  townHallEmail: string | null;
  referentName: string | null;
  referentEmail: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const FIELDS = ['mayorName', 'mayorCapacity', 'townHallSiret', 'address', 'postalCode', 'townHallEmail', 'referentName', 'referentEmail'] as const;
const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The contact of each commune, by INSEE code: for conventions already read within the perimeter. */
export const contactOfCommune = rowLoader<string, CommuneContactView>({
  from: 'commune_contact as k',
  key: 'k.commune_insee_code',
  columns: ['id', 'commune_insee_code as communeInseeCode', ...FIELDS.map((f) => `${column(f)} as ${f}`), 'version', 'created_at as createdAt', 'updated_at as updatedAt'].map((c) => `k.${c}`),
  toView: (row) => ({ ...(row as unknown as CommuneContactView), id: Number(row.id), version: Number(row.version), createdAt: toInstant(row.createdAt)!, updatedAt: toInstant(row.updatedAt)! }),
  keyOf: (contact) => contact.communeInseeCode,
});

async function requireCommune(ctx: RequestContext, em: EntityManager, inseeCode: string): Promise<Commune> {
  const commune = await em.findOne(Commune, { inseeCode: inseeCode.trim().toUpperCase() });
  if (!commune) throw new InvalidInputError('communeInseeCode', `Commune inconnue : ${inseeCode}.`);
  await requireDepartment(ctx, em, commune.department.code, `La commune ${commune.name}`);
  return commune;
}

/** A commune's contact, for the academic team of its département (null when none was entered yet). */
export async function findCommuneContact(ctx: RequestContext, inseeCode: string): Promise<CommuneContactView | undefined> {
  const commune = await requireCommune(ctx, ctx.em, inseeCode);
  return ctx.loaders.get(contactOfCommune).load(commune.inseeCode);
}

/** The town hall's SIRET: valid (Luhn) and the commune's own (it starts with the commune's SIREN). */
function requireSiret(value: string, commune: Commune): string {
  const check = checkSiret(value);
  if (!check.valid) throw new InvalidInputError('townHallSiret', check.reason);
  if (commune.siren && !siretMatchesSiren(check.siret, commune.siren)) {
    throw new InvalidInputError('townHallSiret', `Le SIRET ${check.siret} n’est pas celui d’un établissement de la commune ${commune.name} : il doit commencer par son SIREN ${commune.siren}.`);
  }
  return check.siret;
}

/** A typed value as stored: trimmed, blank as null, the SIRET checked and compacted, e-mails in lower case. */
function stored(field: (typeof FIELDS)[number], value: string | null, commune: Commune): string | null {
  const text = value?.trim() || null;
  if (text === null) return null;
  if (field === 'townHallSiret') return requireSiret(text, commune);
  return field.endsWith('Email') ? text.toLowerCase() : text;
}

/** Creates or updates a commune's contact (optimistic locking on `version` once it exists). */
export async function saveCommuneContact(ctx: RequestContext, inseeCode: string, input: CommuneContactInput): Promise<string> {
  return ctx.em.transactional(async (tx) => {
    const commune = await requireCommune(ctx, tx, inseeCode);
    let contact = await tx.findOne(CommuneContact, { commune });
    if (contact && contact.version !== input.version) {
      throw new ConflictError('Ces coordonnées ont été modifiées entre-temps : rechargez-les avant d’enregistrer.', { field: 'version', currentVersion: contact.version });
    }
    contact ??= tx.create(CommuneContact, { commune });
    const snapshot = (c: CommuneContact) => Object.fromEntries(FIELDS.map((f) => [f, c[f] ?? null]));
    const before = snapshot(contact);
    for (const field of FIELDS) {
      if (input[field] !== undefined) contact[field] = stored(field, input[field] ?? null, commune);
    }
    await tx.flush();
    recordAudit(tx, ctx, { operation: 'saveCommuneContact', targetType: 'CommuneContact', targetId: commune.inseeCode, changes: changesBetween(before, snapshot(contact)) });
    return commune.inseeCode;
  });
}
