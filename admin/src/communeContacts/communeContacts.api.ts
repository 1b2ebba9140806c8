import {
  CommuneContactDocument,
  SaveCommuneContactDocument,
  type CommuneContactDetailsFragment,
  type CommuneContactInput,
  type CommuneContactQuery,
} from '../graphql/generated/graphql';
import { operation, type ResourceApi, type UpdateQuery } from '../dataProvider/resourceApi';
import { integer, text } from '../dataProvider/values';

type Commune = NonNullable<CommuneContactQuery['commune']>;

/**
 * A commune's contact for its conventions, as react-admin holds it: id = the commune's INSEE code. A
 * commune whose contact was never entered has one all the same, empty and without a version, so that the
 * edit form creates it.
 */
export type CommuneContactRecord = Omit<CommuneContactDetailsFragment, 'version' | 'updatedAt'> & {
  id: string;
  commune: Commune;
  version: number | null;
  updatedAt: string | null;
};

const EMPTY_CONTACT = {
  mayorName: null,
  mayorCapacity: null,
  townHallSiret: null,
  address: null,
  postalCode: null,
  townHallEmail: null,
  referentName: null,
  referentEmail: null,
  version: null,
  updatedAt: null,
};

const toContactRecord = (commune: Commune, contact: CommuneContactDetailsFragment | null): CommuneContactRecord => ({
  ...EMPTY_CONTACT,
  ...contact,
  id: commune.inseeCode,
  commune,
});

/** Every field is sent: an emptied input clears it (null); the version read makes a concurrent change a CONFLICT. */
const contactInput = ({ data, previousData }: UpdateQuery): CommuneContactInput => ({
  mayorName: text(data.mayorName) ?? null,
  mayorCapacity: text(data.mayorCapacity) ?? null,
  townHallSiret: text(data.townHallSiret) ?? null,
  address: text(data.address) ?? null,
  postalCode: text(data.postalCode) ?? null,
  townHallEmail: text(data.townHallEmail) ?? null,
  referentName: text(data.referentName) ?? null,
  referentEmail: text(data.referentEmail) ?? null,
  version: integer(previousData.version) ?? null,
});

export const communeContactsApi: ResourceApi<CommuneContactRecord> = {
  // Contacts are reached from their commune's conventions: the API has no list of them.
  getList: () => Promise.reject(new Error('Opération non prise en charge : getList sur communeContacts.')),
  getOne: operation(
    CommuneContactDocument,
    (id) => ({ inseeCode: String(id) }),
    ({ commune, communeContact }) => commune && toContactRecord(commune, communeContact ?? null),
  ),
  update: operation(
    SaveCommuneContactDocument,
    (query: UpdateQuery) => ({ inseeCode: String(query.id), input: contactInput(query) }),
    ({ saveCommuneContact: saved }) => toContactRecord(saved.commune, saved),
  ),
};
