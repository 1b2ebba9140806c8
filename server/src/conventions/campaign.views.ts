import { toInstant, toIsoDate } from '../common/sql.js';

/** Read model of a campaign; `academy` is resolved by the territory's loader. */
export interface CampaignView {
  id: number;
  schoolYear: string;
  academyCode: string;
  unitPriceCents: number;
  conventionEndDate: string;
  signatoryName: string;
  signatoryTitle: string;
  dataControllerWording: string;
  createdAt: Date;
  updatedAt: Date;
}

export const campaignColumns = (c: string) => [
  `${c}.id as id`, `${c}.school_year as schoolYear`, `${c}.academy_code as academyCode`, `${c}.unit_price_cents as unitPriceCents`,
  `${c}.convention_end_date as conventionEndDate`, `${c}.signatory_name as signatoryName`, `${c}.signatory_title as signatoryTitle`,
  `${c}.data_controller_wording as dataControllerWording`, `${c}.created_at as createdAt`, `${c}.updated_at as updatedAt`,
];

export const campaignView = (row: Record<string, unknown>): CampaignView => ({
  id: Number(row.id), schoolYear: row.schoolYear as string, academyCode: row.academyCode as string, unitPriceCents: Number(row.unitPriceCents),
  conventionEndDate: toIsoDate(row.conventionEndDate)!, signatoryName: row.signatoryName as string, signatoryTitle: row.signatoryTitle as string,
  dataControllerWording: row.dataControllerWording as string, createdAt: toInstant(row.createdAt)!, updatedAt: toInstant(row.updatedAt)!,
});
