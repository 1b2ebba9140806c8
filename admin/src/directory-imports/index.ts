import ImportIcon from '@mui/icons-material/UploadFile';
import { lazy } from 'react';
import type { DirectoryImportRecord } from './directoryImports.api';

/** Directory imports, for the academic team and administrators (see auth/access.ts); each view its own chunk. */
export default {
  list: lazy(() => import('./DirectoryImportList')),
  show: lazy(() => import('./DirectoryImportShow')),
  create: lazy(() => import('./DirectoryImportCreate')),
  icon: ImportIcon,
  recordRepresentation: (run: DirectoryImportRecord) => `n° ${run.id} — ${run.fileName}`,
};
