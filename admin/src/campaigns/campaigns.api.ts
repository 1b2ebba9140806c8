import type { Identifier } from 'react-admin';
import { CampaignsDocument, SaveCampaignDocument, type CampaignDetailsFragment, type CampaignInput, type CampaignOrderField } from '../graphql/generated/graphql';
import { listResult, listVariables, type ListQuery } from '../dataProvider/listQuery';
import { operation, type ResourceApi } from '../dataProvider/resourceApi';
import { notFoundError } from '../dataProvider/serverErrors';
import { required, text, type Values } from '../dataProvider/values';
import { centsToEuros, eurosToCents } from '../format/euroAmounts';

/**
 * A campaign as react-admin holds it. The API saves campaigns by school year and académie (one each) and
 * reads them by those two, so they make the id: `11-2022-2023`. The tariff is shown and typed in euros
 * (`unitPriceEuros`, « 45,00 »), stored in cents.
 */
export type CampaignRecord = CampaignDetailsFragment & { id: string; academyCode: string; unitPriceEuros: string };

const campaignId = (academyCode: string, schoolYear: string) => `${academyCode}-${schoolYear}`;
const CAMPAIGN_ID = /^(\w{1,2})-(\d{4}-\d{4})$/;

export const toCampaignRecord = (campaign: CampaignDetailsFragment): CampaignRecord => ({
  ...campaign,
  id: campaignId(campaign.academy.code, campaign.schoolYear),
  academyCode: campaign.academy.code,
  unitPriceEuros: centsToEuros(campaign.unitPriceCents),
});

/** The form's values as the API's input; the tariff typed in euros goes in cents. */
export const toCampaignInput = (data: Values): CampaignInput => ({
  schoolYear: required(text(data.schoolYear), 'schoolYear'),
  academyCode: required(text(data.academyCode), 'academyCode'),
  unitPriceCents: required(eurosToCents(data.unitPriceEuros), 'unitPriceEuros'),
  conventionEndDate: required(text(data.conventionEndDate), 'conventionEndDate'),
  signatoryName: required(text(data.signatoryName), 'signatoryName'),
  signatoryTitle: required(text(data.signatoryTitle), 'signatoryTitle'),
  dataControllerWording: text(data.dataControllerWording) ?? null,
});

const SORT_FIELDS: Partial<Record<string, CampaignOrderField>> = { schoolYear: 'SCHOOL_YEAR', academyCode: 'ACADEMY_CODE', 'academy.name': 'ACADEMY_CODE' };

const getCampaigns = operation(
  CampaignsDocument,
  (query: ListQuery) => listVariables(query, SORT_FIELDS, (filter) => ({ schoolYear: text(filter.schoolYear), academyCode: text(filter.academyCode) })),
  ({ campaigns }) => listResult(campaigns, toCampaignRecord),
);

async function getCampaign(id: Identifier): Promise<CampaignRecord | null> {
  const key = CAMPAIGN_ID.exec(String(id));
  if (!key) return null;
  const { data } = await getCampaigns({ offset: 0, limit: 1, sort: undefined, filter: { academyCode: key[1], schoolYear: key[2] } });
  return data[0] ?? null;
}

const saveCampaign = operation(SaveCampaignDocument, (data: Values) => ({ input: toCampaignInput(data) }), ({ saveCampaign: saved }) => toCampaignRecord(saved));

export const campaignsApi: ResourceApi<CampaignRecord> = {
  getList: getCampaigns,
  getOne: getCampaign,
  create: saveCampaign,
  // The year and the académie are the campaign's key: the edit form does not change them.
  update: async ({ id, data }) => {
    const key = CAMPAIGN_ID.exec(String(id));
    if (!key) throw notFoundError();
    return saveCampaign({ ...data, academyCode: key[1], schoolYear: key[2] });
  },
};
