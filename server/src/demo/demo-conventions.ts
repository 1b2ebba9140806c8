import type { EntityManager } from '../database/orm.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { Academy } from '../territory/academy.entity.js';
import { Commune } from '../territory/commune.entity.js';
import { conventionAmountCents } from '../conventions/amount.rules.js';
import { checkActesId } from '../conventions/actes.rules.js';
import { Campaign } from '../conventions/campaign.entity.js';
import { CommuneContact } from '../conventions/commune-contact.entity.js';
import { Convention } from '../conventions/convention.entity.js';
import { CouncilDeliberation } from '../conventions/deliberation.entity.js';
import { checkDeliberation, type DeliberationInput } from '../conventions/deliberation.rules.js';
import { LESCURE_2023, SAINT_MATHIEU_2022 } from '../conventions/deliberation.scenarios.js';
import { enrol } from '../conventions/enrolment.service.js';
import { AGNES_GELLY, LES_FONTANILLES, LESCURE, LESCURE_ELEMENTAIRE, LESCURE_MATERNELLE, SAINT_MATHIEU } from './source-documents.js';

/**
 * The conventions of the source documents in their final state, with the campaigns and commune contacts
 * they need. Dates the documents do not give are marked as such below. Inserted only where missing.
 */
const SIGNATORY = { signatoryName: 'Sophie Béjean', signatoryTitle: 'rectrice de région académique' };

const CAMPAIGNS = [
  // The 2022 text names the rectrice of the académie de Montpellier as data controller; the 2023 text, the région académique.
  { academyCode: '11', schoolYear: '2022-2023', unitPriceCents: 4500, conventionEndDate: '2023-10-31', dataControllerWording: 'la Rectrice de l’académie de Montpellier', ...SIGNATORY },
  { academyCode: '16', schoolYear: '2023-2024', unitPriceCents: 4500, conventionEndDate: '2024-09-05', dataControllerWording: 'la région académique Occitanie', ...SIGNATORY },
];

const CONTACTS = [
  { inseeCode: SAINT_MATHIEU, mayorName: 'LOPEZ Jérôme', mayorCapacity: 'MAIRE', townHallSiret: '21340276100018', address: 'RUE ECOLES', postalCode: '34270' },
  { inseeCode: LESCURE, mayorName: 'Élisabeth CLAVERIE', mayorCapacity: 'Maire', postalCode: '81380' },
];

interface DemoConvention {
  inseeCode: string;
  schoolYear: string;
  academyCode: string;
  uais: string[];
  sentOn: string;
  deliberation: DeliberationInput & { number: string; secretary: string; actesId?: string; transmittedOn?: string; receivedOn?: string; publishedOn?: string };
  signedOn?: { commune: string; academy: string };
}

const CONVENTIONS: DemoConvention[] = [
  {
    inseeCode: SAINT_MATHIEU, schoolYear: '2022-2023', academyCode: '11', uais: [AGNES_GELLY.uai, LES_FONTANILLES.uai],
    sentOn: '2022-10-04', // the date the convention bears
    deliberation: {
      ...SAINT_MATHIEU_2022, number: '2022-10-062', secretary: 'Cécile COMELLI', actesId: '034-213402761-20221028-2022-10-062-DE',
      transmittedOn: '2022-11-02', receivedOn: '2022-11-02', publishedOn: '2022-11-21',
    },
    // Not in the documents: the mayor's signature on the day of the ACTES stamp, the rectrice's a week later.
    signedOn: { commune: '2022-10-28', academy: '2022-11-04' },
  },
  {
    inseeCode: LESCURE, schoolYear: '2023-2024', academyCode: '16', uais: [LESCURE_MATERNELLE.uai, LESCURE_ELEMENTAIRE.uai],
    sentOn: '2023-09-15', // not in the document: the day the council was convened, the latest the convention can have reached it
    deliberation: { ...LESCURE_2023, number: '48/2023', secretary: 'Marie LACAN' },
  },
];

async function ensureConvention(em: EntityManager, demo: DemoConvention): Promise<void> {
  const commune = await em.findOneOrFail(Commune, { inseeCode: demo.inseeCode });
  if (await em.findOne(Convention, { commune, schoolYear: demo.schoolYear, cancelledOn: null })) return;
  const campaign = await em.findOneOrFail(Campaign, { schoolYear: demo.schoolYear, academy: demo.academyCode });
  const check = checkDeliberation(demo.deliberation);
  const actes = demo.deliberation.actesId ? checkActesId(demo.deliberation.actesId, { communeSiren: commune.siren ?? '', meetingDate: demo.deliberation.meetingDate }) : null;
  if (!check.adopted || (actes && !actes.valid)) throw new Error(`Demo deliberation of ${commune.name} breaks the rules`);
  const convention = em.create(Convention, {
    schoolYear: demo.schoolYear, commune, departmentCode: commune.department.code, searchName: commune.searchName,
    status: demo.signedOn ? 'SIGNED' : 'DELIBERATED', unitPriceCents: campaign.unitPriceCents, amountCents: conventionAmountCents(demo.uais.length, campaign.unitPriceCents),
    endsOn: campaign.conventionEndDate, sentOn: demo.sentOn, communeSignedOn: demo.signedOn?.commune ?? null, academySignedOn: demo.signedOn?.academy ?? null,
  });
  enrol(em, convention, demo.uais);
  em.create(CouncilDeliberation, {
    ...demo.deliberation, convention, blankOrSpoilt: null, firstMeetingDate: null, presidentVote: null, actesId: actes?.valid ? actes.actesId : null,
    transmittedOn: demo.deliberation.transmittedOn ?? null, receivedOn: demo.deliberation.receivedOn ?? null, publishedOn: demo.deliberation.publishedOn ?? null,
    adopted: true, quorumReached: check.quorumReached,
  });
}

export async function loadDemoConventions(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    for (const { academyCode, ...campaign } of CAMPAIGNS) {
      if (!(await tx.findOne(Campaign, { schoolYear: campaign.schoolYear, academy: academyCode }))) tx.create(Campaign, { ...campaign, academy: tx.getReference(Academy, academyCode) });
    }
    const known = new Set((await rows<{ code: string }>(tx, sqlBuilder(tx).selectFrom('commune_contact').select('commune_insee_code as code'))).map((r) => r.code));
    for (const { inseeCode, ...contact } of CONTACTS) {
      if (!known.has(inseeCode)) tx.create(CommuneContact, { ...contact, commune: tx.getReference(Commune, inseeCode) });
    }
    await tx.flush();
    for (const demo of CONVENTIONS) await ensureConvention(tx, demo);
  });
}
