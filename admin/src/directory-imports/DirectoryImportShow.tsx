import { Box } from '@mui/material';
import { Show } from 'react-admin';
import { ImportReport } from './ImportReport';
import { ImportRunState } from './ImportRunState';
import { ImportRunSummary } from './ImportRunSummary';
import { useRunPolling } from './useRunPolling';

/** A run: where it stands (followed live), its file and options, then its report once a pass has ended. */
const DirectoryImportShow = () => (
  <Show component="div" actions={false} queryOptions={useRunPolling()}>
    <Box sx={{ display: 'grid', gap: 3, mt: 2, mb: 4 }}>
      <ImportRunState />
      <ImportRunSummary />
      <ImportReport />
    </Box>
  </Show>
);

export default DirectoryImportShow;
