import { stringify } from 'csv-stringify/sync';
import type { RequestContext } from '../context.js';
import { frenchDate } from '../common/dates.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { NotFoundError } from '../errors.js';
import { academyByCode } from '../territory/territory.service.js';
import { CONVENTION_STATUS_LABELS } from './convention-status.rules.js';
import { contactOfCommune } from './commune-contact.service.js';
import { amendmentsOfConvention, campaignKey, campaignOf, paymentsOfConvention, schoolsOfConvention } from './convention.loaders.js';
import type { ConventionFilter } from './convention.inputs.js';
import { conventionQuery, findConvention } from './convention.service.js';
import type { ConventionDocumentData } from './convention-text.js';
import { conventionView } from './convention.views.js';
import { requireSchoolYear } from './input-checks.js';

/** What the convention document prints, read within the reader's perimeter (FORBIDDEN outside, NOT_FOUND unknown). */
export async function conventionDocumentData(ctx: RequestContext, id: number): Promise<ConventionDocumentData> {
  const convention = await findConvention(ctx, id, { commune: true, deliberation: false });
  if (!convention) throw new NotFoundError(`Aucune convention n° ${id}.`);
  const [contact, campaign, schools] = await Promise.all([
    ctx.loaders.get(contactOfCommune).load(convention.communeInseeCode),
    ctx.loaders.get(campaignOf).load(campaignKey(convention)),
    // Article 9 lists the convention's own schools: those added later belong to their amendment.
    rows<{ uai: string; name: string; communeName: string; departmentCode: string }>(ctx.em, sqlBuilder(ctx.em).selectFrom('convention_school as e')
      .innerJoin('school as s', 's.uai', 'e.school_uai').innerJoin('commune as cm', 'cm.insee_code', 's.commune_insee_code')
      .select(['s.uai as uai', 's.name as name', 'cm.name as communeName', 's.department_code as departmentCode'])
      .where('e.convention_id', '=', id).where('e.amendment_id', 'is', null).orderBy('s.uai')),
  ]);
  if (!campaign) throw new NotFoundError(`La campagne ${convention.schoolYear} de cette convention est introuvable.`);
  const academy = await ctx.loaders.get(academyByCode).load(campaign.academyCode);
  return {
    id, schoolYear: convention.schoolYear, status: convention.status, academyName: academy?.name ?? campaign.academyCode,
    signatoryName: campaign.signatoryName, signatoryTitle: campaign.signatoryTitle, dataControllerWording: campaign.dataControllerWording, endsOn: convention.endsOn,
    commune: {
      name: convention.commune!.name, siret: contact?.townHallSiret ?? null, address: contact?.address ?? null, postalCode: contact?.postalCode ?? null,
      mayorName: contact?.mayorName ?? null, mayorCapacity: contact?.mayorCapacity ?? null,
    },
    schools, unitPriceCents: convention.unitPriceCents, amountCents: convention.amountCents,
    communeSignedOn: convention.communeSignedOn, academySignedOn: convention.academySignedOn,
  };
}

const HEADER = [
  'Année scolaire', 'Département', 'Code INSEE', 'Commune', 'SIREN', 'N° convention', 'Statut', 'Nombre d’écoles', 'Écoles (UAI)',
  'Participation par école (€)', 'Montant (€)', 'Avenants (€)', 'Envoyée le', 'Délibération n°', 'Séance du', 'Adoptée', 'Identifiant ACTES',
  'Signée par la commune le', 'Signée par la région académique le', 'Fin', 'Titre de recette', 'Échéance', 'Payée le',
];

/** Euros with a decimal comma and no thousands separator: a number for a French spreadsheet. */
const euros = (cents: number) => `${Math.trunc(cents / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;
const date = (iso: string | null | undefined) => (iso ? frenchDate(iso) : '');
/** One key's rows from `loadMany`, which reports a failed key as an Error in place. */
function loaded<T>(value: T[] | undefined | Error): T[] {
  if (value instanceof Error) throw value;
  return value ?? [];
}

/**
 * A school year's conventions as CSV for a spreadsheet: UTF-8 with BOM (so Excel reads the accents),
 * `;` separators, CRLF. Five statements whatever the number of conventions.
 */
export async function conventionsCsv(ctx: RequestContext, filter: ConventionFilter): Promise<string> {
  requireSchoolYear(filter.schoolYear ?? '');
  const joins = { commune: true, deliberation: true };
  const conventions = (await rows<Record<string, unknown>>(ctx.em, conventionQuery(ctx, filter, joins).orderBy('c.department_code').orderBy('c.search_name').orderBy('c.id')))
    .map((row) => conventionView(row, joins));
  const ids = conventions.map((c) => c.id);
  const [schools, amendments, payments] = await Promise.all([
    ctx.loaders.get(schoolsOfConvention).loadMany(ids), ctx.loaders.get(amendmentsOfConvention).loadMany(ids), ctx.loaders.get(paymentsOfConvention).loadMany(ids),
  ]);
  const lines = conventions.map((c, i) => {
    const uais = loaded(schools[i]);
    const amended = loaded(amendments[i]).reduce((sum, a) => sum + a.amountCents, 0);
    const order = loaded(payments[i]).find((p) => p.amendmentId === null);
    const d = c.deliberation;
    return [
      c.schoolYear, c.departmentCode, c.communeInseeCode, c.commune!.name, c.commune!.siren ?? '', c.id, CONVENTION_STATUS_LABELS[c.status], uais.length, uais.map((s) => s.uai).join(' '),
      euros(c.unitPriceCents), euros(c.amountCents), euros(amended), date(c.sentOn), d?.number ?? '', date(d?.meetingDate), d ? (d.adopted ? 'oui' : 'non') : '', d?.actesId ?? '',
      date(c.communeSignedOn), date(c.academySignedOn), date(c.endsOn), order?.reference ?? '', date(order?.dueOn), date(order?.paidOn),
    ];
  });
  return stringify([HEADER, ...lines], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}
