import type { EntityManager, Orm } from '../database/orm.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { LegalBasis } from './processing.enums.js';

export const ENT_ECOLE_CODE = 'ENT-ECOLE';

/**
 * The ENT-École processing as Article 8 of the convention describes it, with what the convention and the
 * deliberations say of the services, the users (Articles 6 and 7) and the usage measurement ("plan de
 * marquage"). What the texts do not say is marked "à compléter" for the DPO rather than invented.
 */
export const ENT_ECOLE_PROCESSING = {
  code: ENT_ECOLE_CODE,
  name: 'ENT-École : espace numérique de travail des écoles publiques du premier degré',
  controller: 'Région académique Occitanie, représentée par le recteur ou la rectrice de région académique, responsable de traitement '
    + '(convention, article 8) — 31, rue de l’Université, 34064 Montpellier Cedex 2. Délégué(e) à la protection des données du rectorat.',
  purposes: 'Fournir aux écoles publiques un espace d’échange et de collaboration pour la communauté éducative : messagerie électronique, '
    + 'stockage de ressources documentaires, emploi du temps et supports de cours, informations relatives à la scolarité de l’élève, pages '
    + 'des écoles et des communes. Piloter le déploiement par des mesures d’usage anonymes (plan de marquage).',
  legalBasis: LegalBasis.PUBLIC_TASK,
  legalBasisDetail: 'Mission de service public du numérique éducatif (code de l’éducation, art. R222-24-2) ; convention de partenariat '
    + 'annuelle avec chaque commune.',
  dataSubjectCategories: 'Élèves, enseignants, directeurs et directrices d’école, parents et représentants légaux, personnels des '
    + 'collectivités (référents ville), conseillers pédagogiques, ERUN et équipes académiques.',
  dataCategories: 'Identité et rattachement (école, classe, profil) issus de ONDE par l’annuaire fédérateur (AAF) ; identifiants de connexion ; '
    + 'messages, documents et contenus publiés ; emploi du temps ; traces de connexion. Mesures d’usage anonymes : profil, services '
    + 'utilisés, moment, durée et type de matériel des sessions.',
  recipients: 'Utilisateurs habilités de l’ENT, chacun dans son périmètre ; plateformes d’assistance académiques ; prestataire de la '
    + 'solution ENT (sous-traitant) ; pour les données anonymes du plan de marquage : cellule nationale et instances de pilotage de la '
    + 'région académique, des DSDEN et des circonscriptions.',
  transfers: 'À compléter par le DPO (localisation de l’hébergement du prestataire).',
  retention: 'À compléter par le DPO : durée de la scolarité ou de l’affectation dans l’école, puis suppression ou archivage.',
  securityMeasures: 'Annuaire fourni, alimenté, sécurisé et actualisé par la région académique depuis l’AAF (article 8) ; habilitations '
    + 'par profil et par périmètre ; charte acceptée par chaque utilisateur à la première connexion ; directeurs de publication pour '
    + 'chaque école et chaque commune (article 6) ; sensibilisation des utilisateurs (article 8). À compléter par le DPO (chiffrement, '
    + 'sauvegardes, journalisation).',
};

/**
 * Writes the ENT-École entry when the register does not have it yet, at every start and in production
 * too: it is reference content, like the territory. An entry the DPO edited is left as it is.
 */
export async function ensureProcessingRegister(orm: Orm): Promise<void> {
  const em = orm.em.fork() as EntityManager;
  const now = new Date();
  const { code, name, controller, purposes, legalBasis, legalBasisDetail, dataSubjectCategories, dataCategories, recipients, transfers, retention, securityMeasures } = ENT_ECOLE_PROCESSING;
  await rows(em, sqlBuilder(em).insertInto('processing_activity').values({
    code, name, controller, purposes, legal_basis: legalBasis, legal_basis_detail: legalBasisDetail, data_subject_categories: dataSubjectCategories,
    data_categories: dataCategories, recipients, transfers, retention, security_measures: securityMeasures, version: 1, created_at: now, updated_at: now,
  }).onConflict((oc) => oc.column('code').doNothing()));
}
