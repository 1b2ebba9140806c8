import englishMessages from 'ra-language-english';
import type { AppMessages } from './fr';

const messages: AppMessages = {
  ent: {
    header: {
      serviceTitle: 'Région académique Occitanie',
      serviceTagline: 'ENT-École — administration console',
      home: 'Home — ENT-École, Région académique Occitanie',
    },
    conflict: {
      reload: 'Reload',
    },
  },
  resources: {
    schools: {
      name: 'School |||| Schools',
      fields: {
        uai: 'UAI code',
        name: 'Name',
        kind: 'Kind',
        sector: 'Sector',
        status: 'Status',
        closedOn: 'Closed on',
        communeInseeCode: 'Commune',
        circonscriptionId: 'Circonscription',
        departmentCode: 'Département',
        academyCode: 'Académie',
        address: 'Address',
        postalCode: 'Postal code',
        email: 'School email',
        phone: 'Phone',
        directorName: 'Director',
        directorEmail: 'Director’s email',
        createdAt: 'Created on',
        updatedAt: 'Updated on',
        q: 'Name or UAI code',
      },
      kinds: { MATERNELLE: 'Nursery (maternelle)', ELEMENTAIRE: 'Elementary (élémentaire)', PRIMAIRE: 'Primary (primaire)' },
      sectors: { PUBLIC: 'Public', PRIVATE: 'Private' },
      statuses: { OPEN: 'Open', CLOSED: 'Closed' },
      sections: { identity: 'Identity', location: 'Territory', contact: 'Contact' },
      conflict: {
        title: 'Someone else changed this school',
        message:
          'Another person changed this school since you opened this form: your save was refused so as not to erase their changes. Reload the school to see the current version, then make your changes again.',
      },
    },
    communes: {
      name: 'Commune |||| Communes',
      fields: {
        inseeCode: 'INSEE code',
        name: 'Name',
        departmentCode: 'Département',
        population: 'Population',
        postalCodes: 'Postal codes',
        siren: 'SIREN',
        q: 'Commune name',
      },
      schools: 'Schools of the commune',
    },
    circonscriptions: {
      name: 'Circonscription |||| Circonscriptions',
      fields: {
        code: 'Code',
        name: 'Name',
        ienName: 'Inspector (IEN)',
        departmentCode: 'Département',
        academyCode: 'Académie',
        q: 'Circonscription name',
      },
      schools: 'Schools of the circonscription',
    },
  },
};

export default { ...englishMessages, ...messages };
