import CampaignIcon from '@mui/icons-material/EventNote';
import { lazy } from 'react';
import type { CampaignRecord } from './campaigns.api';

/** The yearly campaigns of each académie: tariff, end date, signatory. */
export default {
  list: lazy(() => import('./CampaignList')),
  edit: lazy(() => import('./CampaignEdit')),
  create: lazy(() => import('./CampaignCreate')),
  icon: CampaignIcon,
  recordRepresentation: (campaign: CampaignRecord) => `${campaign.schoolYear} — ${campaign.academy.name}`,
};
