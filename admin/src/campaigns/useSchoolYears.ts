import { useGetList } from 'react-admin';
import type { CampaignRecord } from './campaigns.api';

/**
 * The school years that have a campaign (a convention needs one), most recent first, as select choices.
 * Every caller asks with the same parameters: one request for the whole console.
 */
export function useSchoolYears() {
  const { data, isPending } = useGetList<CampaignRecord>('campaigns', { pagination: { page: 1, perPage: 500 }, sort: { field: 'schoolYear', order: 'DESC' }, filter: {} });
  const years = [...new Set((data ?? []).map((campaign) => campaign.schoolYear))].sort().reverse();
  return { years, choices: years.map((year) => ({ id: year, name: year })), isPending };
}
