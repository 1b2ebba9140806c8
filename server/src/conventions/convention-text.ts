import { frenchDate } from '../common/dates.js';
import { NO_BREAK_SPACE, formatEuros } from './amount.rules.js';

/**
 * The convention's text (région académique Occitanie, 2022 model) filled in with a commune's details:
 * parties, preamble, articles 6 to 10 (the pages the source document keeps), signatures. Pure: the PDF
 * renderer lays these blocks out, and tests read them without a PDF.
 */
export interface ConventionDocumentData {
  id: number;
  schoolYear: string;
  status: string;
  academyName: string;
  signatoryName: string;
  signatoryTitle: string;
  dataControllerWording: string;
  endsOn: string;
  commune: { name: string; siret: string | null; address: string | null; postalCode: string | null; mayorName: string | null; mayorCapacity: string | null };
  schools: Array<{ uai: string; name: string; communeName: string; departmentCode: string }>;
  unitPriceCents: number;
  amountCents: number;
  communeSignedOn: string | null;
  academySignedOn: string | null;
}

export type Block =
  | { kind: 'title' | 'heading' | 'paragraph' | 'bullet' | 'party'; text: string }
  | { kind: 'schools'; rows: string[][] };

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `2023-10-31` → `31 octobre 2023` (and `1er` for the first of a month). */
export function longFrenchDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

/** pdfkit's fonts may lack U+202F: amounts use U+00A0 between thousands, as `formatEuros` allows. */
const euros = (cents: number) => formatEuros(cents, { thousandsSeparator: NO_BREAK_SPACE });
const blank = (value: string | null | undefined) => value?.trim() || '…………………… (à compléter)';

export const REGION = {
  name: 'LA RÉGION ACADÉMIQUE OCCITANIE',
  address: '31, rue de l’Université 34064 - MONTPELLIER Cedex 2',
};

export function conventionTitle(data: Pick<ConventionDocumentData, 'schoolYear'>): string {
  return `Convention de partenariat pour la mise à disposition d’un environnement numérique de travail (ENT-école) – Année scolaire ${data.schoolYear}`;
}

export function footerText(data: Pick<ConventionDocumentData, 'schoolYear' | 'academyName' | 'id'>): string {
  return `Convention de partenariat pour la mise à disposition de l’ENT-école dans l’académie de ${data.academyName} – Année scolaire ${data.schoolYear} – n° ${data.id}`;
}

export function conventionBlocks(data: ConventionDocumentData): Block[] {
  const c = data.commune;
  const communeName = c.name.toUpperCase();
  const n = data.schools.length;
  return [
    ...(data.status === 'DRAFT' ? [{ kind: 'paragraph' as const, text: 'PROJET – document de travail, non signé.' }] : []),
    { kind: 'title', text: conventionTitle(data) },
    { kind: 'paragraph', text: 'Entre :' },
    { kind: 'party', text: REGION.name },
    { kind: 'paragraph', text: REGION.address },
    { kind: 'paragraph', text: `Représentée par ${data.signatoryName}, en sa qualité de ${data.signatoryTitle}.` },
    { kind: 'paragraph', text: 'Ci-après dénommée « Région académique »' },
    { kind: 'paragraph', text: 'Et :' },
    { kind: 'party', text: `COMMUNE DE ${communeName}` },
    { kind: 'paragraph', text: `SIRET : ${blank(c.siret)}` },
    { kind: 'paragraph', text: `Adresse : ${c.address ? `${c.address}, ${c.postalCode ?? ''} ${communeName}`.replace(/\s+/g, ' ') : blank(null)}` },
    { kind: 'paragraph', text: `Représentée par : ${blank(c.mayorName)}` },
    { kind: 'paragraph', text: `En sa qualité de : ${blank(c.mayorCapacity)}` },
    { kind: 'paragraph', text: 'Ci-après dénommée « collectivité »' },
    { kind: 'paragraph', text: 'NB : En cas de paiement des participations financières par chaque commune d’un regroupement de communes, une convention doit être établie pour chaque commune.' },
    { kind: 'paragraph', text: 'Il est convenu ce qui suit :' },
    { kind: 'heading', text: 'Préambule' },
    { kind: 'paragraph', text: 'Dans le cadre de la mise en place d’un ENT 1er degré pour la région académique Occitanie, projet d’intérêt général dénommé ENT-école, les parties contractantes, conscientes des enjeux du numérique pour la réussite des élèves, conviennent de mettre en œuvre un plan de développement des usages du numérique à l’école. Ce partenariat s’inscrit dans le contexte de la priorité conférée par le Ministère de l’Éducation nationale au numérique dans la loi d’orientation et de programmation de l’École et de la République et dans le cadre de la compétence régionale relative au service public du numérique éducatif (R222-24-2 alinéa 5 du code de l’éducation) de la rectrice de région académique d’Occitanie. La région académique s’appuie notamment sur la politique éducative et son volet numérique proposés par le ministère de l’Éducation nationale.' },
    { kind: 'paragraph', text: 'La région académique et les collectivités signataires se fixent comme objectif le développement des usages du numérique éducatif et de l’espace numérique de travail ENT-École. À cette fin elles coopèrent et mutualisent leurs moyens.' },
    { kind: 'paragraph', text: 'Par le projet ENT-École, les académies de Montpellier et de Toulouse s’engagent sur le déploiement généralisé d’un ENT pour le premier degré. Elles proposent, sur la base d’une solution applicative commune, un accompagnement, une assistance et de la formation aux enseignants.' },
    { kind: 'heading', text: 'Article 6 – Responsabilité éditoriale et règles déontologiques (sous réserve de l’existence d’un portail)' },
    { kind: 'paragraph', text: 'Au niveau des écoles, le (la) directeur (trice) d’école est désigné(e) comme directeur(trice) de publication. Le référent ville est désigné directeur de publication pour les espaces d’expression qui lui sont réservés.' },
    { kind: 'paragraph', text: 'Le directeur de publication veille à ce qu’aucun contenu illicite, injurieux ou diffamatoire ne soit publié dans l’ENT. Il sensibilise les utilisateurs sur les infractions qui pourraient être réalisées et qui sont mentionnées dans la charte validée par les utilisateurs à la première connexion.' },
    { kind: 'paragraph', text: 'Les règles déontologiques à toute communication s’appliquent, notamment le devoir de neutralité, de discrétion professionnelle, de correction et de dignité dans les propos.' },
    { kind: 'heading', text: 'Article 7 – Assistance aux utilisateurs' },
    { kind: 'paragraph', text: 'L’assistance aux usagers de l’éducation nationale est assurée via les plateformes d’assistance académiques déjà existantes en lien avec le prestataire de la solution d’ENT. Les signalements d’incidents ou de demande d’accompagnement sont possibles 7j/7, 24h/24 par les directeurs, les enseignants, les conseillers pédagogiques, les ERUN et les équipes académiques dans leur périmètre.' },
    { kind: 'paragraph', text: 'L’assistance des parents est effectuée au niveau des écoles.' },
    { kind: 'heading', text: 'Article 8 – Protection des données à caractère personnel' },
    { kind: 'paragraph', text: `L’ENT a vocation à héberger un grand nombre de données à caractère personnel au sens de la réglementation informatique et libertés. Il est acté de la qualification de responsable de traitement de ${data.dataControllerWording}.` },
    { kind: 'paragraph', text: 'La région académique est notamment responsable :' },
    { kind: 'bullet', text: 'Du choix d’une solution ENT répondant aux exigences du schéma directeur national des ENT et de la sécurisation juridique de la relation conventionnelle avec l’éditeur retenu.' },
    { kind: 'bullet', text: 'De la fourniture, de l’alimentation, de la sécurisation et de l’actualisation de l’annuaire de l’ENT à partir de l’annuaire fédérateur (AAF) lui-même alimenté par les données issues de ONDE que le (la) directeur (trice) d’école doit tenir à jour.' },
    { kind: 'bullet', text: 'De la sensibilisation des utilisateurs de l’ENT.' },
    { kind: 'bullet', text: 'De la documentation de conformité de cette activité de traitement (via une inscription dans son registre des activités de traitement).' },
    { kind: 'bullet', text: 'Du respect des droits des personnes concernées.' },
    { kind: 'paragraph', text: 'Pour rappel, s’agissant de l’activité de traitement susvisée, les personnes concernées disposent du droit :' },
    { kind: 'bullet', text: 'D’être informées de ses principales caractéristiques ;' },
    { kind: 'bullet', text: 'D’accéder aux données détenues par le responsable de traitement ;' },
    { kind: 'bullet', text: 'De solliciter une rectification des données erronées ou incomplètes les concernant ;' },
    { kind: 'bullet', text: 'De s’opposer, lorsque des circonstances particulières le justifient, au traitement de leurs données ;' },
    { kind: 'bullet', text: 'De solliciter, dans les conditions fixées par la réglementation, la limitation du traitement ;' },
    { kind: 'bullet', text: 'De formuler des directives post-mortem.' },
    { kind: 'heading', text: `Article 9 – Liste des écoles et coût pour la collectivité pour l’année scolaire ${data.schoolYear}` },
    { kind: 'paragraph', text: `La collectivité a inscrit ${n} école(s) pour cette année scolaire, pour un montant correspondant à ${n} x ${euros(data.unitPriceCents)} soit ${euros(data.amountCents)}.` },
    { kind: 'paragraph', text: 'Liste des écoles :' },
    { kind: 'schools', rows: data.schools.map((s) => [s.uai, s.communeName.toUpperCase(), s.departmentCode, s.name.toUpperCase()]) },
    { kind: 'heading', text: 'Article 10 – Durée de la convention' },
    { kind: 'paragraph', text: `La présente convention prend effet à la date de signature et se termine au ${longFrenchDate(data.endsOn)}.` },
    { kind: 'heading', text: 'Signatures' },
    { kind: 'paragraph', text: `Pour la collectivité, ${blank(c.mayorName)}, ${blank(c.mayorCapacity)}, le ${data.communeSignedOn ? frenchDate(data.communeSignedOn) : '……………'}` },
    { kind: 'paragraph', text: `Pour la région académique, ${data.signatoryName}, ${data.signatoryTitle}, le ${data.academySignedOn ? frenchDate(data.academySignedOn) : '……………'}` },
  ];
}
