import frenchMessages from 'ra-language-french';

/** Our own messages; `en.ts` must have the same keys (its type is this object's). */
const messages = {
  ent: {
    header: {
      serviceTitle: 'Région académique Occitanie',
      serviceTagline: 'ENT-École — console d’administration',
      home: 'Accueil — ENT-École, Région académique Occitanie',
    },
    conflict: {
      reload: 'Recharger',
    },
  },
  resources: {
    schools: {
      name: 'École |||| Écoles',
      fields: {
        uai: 'Code UAI',
        name: 'Nom',
        kind: 'Type',
        sector: 'Secteur',
        status: 'État',
        closedOn: 'Fermée le',
        communeInseeCode: 'Commune',
        circonscriptionId: 'Circonscription',
        departmentCode: 'Département',
        academyCode: 'Académie',
        address: 'Adresse',
        postalCode: 'Code postal',
        email: 'Courriel de l’école',
        phone: 'Téléphone',
        directorName: 'Directeur ou directrice',
        directorEmail: 'Courriel du directeur ou de la directrice',
        createdAt: 'Créée le',
        updatedAt: 'Modifiée le',
        q: 'Nom ou code UAI',
      },
      kinds: { MATERNELLE: 'Maternelle', ELEMENTAIRE: 'Élémentaire', PRIMAIRE: 'Primaire' },
      sectors: { PUBLIC: 'Public', PRIVATE: 'Privé' },
      statuses: { OPEN: 'Ouverte', CLOSED: 'Fermée' },
      sections: { identity: 'Identité', location: 'Rattachement', contact: 'Coordonnées' },
      conflict: {
        title: 'Quelqu’un d’autre a modifié cette école',
        message:
          'Cette école a été modifiée par une autre personne depuis que vous avez ouvert ce formulaire : votre enregistrement a été refusé pour ne pas effacer ses changements. Rechargez l’école pour voir la version à jour, puis refaites vos modifications.',
      },
    },
    communes: {
      name: 'Commune |||| Communes',
      fields: {
        inseeCode: 'Code INSEE',
        name: 'Nom',
        departmentCode: 'Département',
        population: 'Population',
        postalCodes: 'Codes postaux',
        siren: 'SIREN',
        q: 'Nom de la commune',
      },
      schools: 'Écoles de la commune',
    },
    circonscriptions: {
      name: 'Circonscription |||| Circonscriptions',
      fields: {
        code: 'Code',
        name: 'Nom',
        ienName: 'Inspecteur ou inspectrice (IEN)',
        departmentCode: 'Département',
        academyCode: 'Académie',
        q: 'Nom de la circonscription',
      },
      schools: 'Écoles de la circonscription',
    },
  },
};

export type AppMessages = typeof messages;

export default { ...frenchMessages, ...messages };
