import LetterIcon from '@mui/icons-material/Drafts';
import { lazy } from 'react';
import type { LetterTemplateRecord } from './letter-templates.api';

/** The letters' templates of the data-subject requests: the DPO and administrators (see auth/access.ts). */
export default {
  list: lazy(() => import('./LetterTemplateList')),
  edit: lazy(() => import('./LetterTemplateEdit')),
  icon: LetterIcon,
  recordRepresentation: (template: LetterTemplateRecord) => template.subject,
};
