import { describe, expect, test } from 'vitest';
import { toCampaignInput, toCampaignRecord } from './campaigns.api';

/** Montpellier 2022-2023 (shared/reference): 45 € per school, conventions until 31 October 2023. */
const MONTPELLIER_2022 = {
  id: '1',
  schoolYear: '2022-2023',
  unitPriceCents: 4500,
  conventionEndDate: '2023-10-31',
  signatoryName: 'Sophie Béjean',
  signatoryTitle: 'rectrice de région académique',
  dataControllerWording: 'la Rectrice de l’académie de Montpellier',
  updatedAt: '2026-11-23T15:00:00.000Z',
  academy: { code: '11', name: 'Montpellier' },
};

describe('campaigns: cents in the API, euros in the form', () => {
  test('a campaign is known by its académie and school year, its tariff shown in euros', () => {
    expect(toCampaignRecord(MONTPELLIER_2022)).toMatchObject({ id: '11-2022-2023', academyCode: '11', unitPriceEuros: '45,00', unitPriceCents: 4500 });
  });

  test('the tariff typed in euros is saved in cents; an empty wording lets the server choose', () => {
    const record = toCampaignRecord(MONTPELLIER_2022);
    expect(toCampaignInput({ ...record, unitPriceEuros: '47,5', dataControllerWording: ' ' })).toEqual({
      schoolYear: '2022-2023',
      academyCode: '11',
      unitPriceCents: 4750,
      conventionEndDate: '2023-10-31',
      signatoryName: 'Sophie Béjean',
      signatoryTitle: 'rectrice de région académique',
      dataControllerWording: null,
    });
  });

  test('a tariff that is not an amount is reported under its input', () => {
    expect(() => toCampaignInput({ ...toCampaignRecord(MONTPELLIER_2022), unitPriceEuros: 'gratuit' })).toThrow('Champ obligatoire.');
  });
});
