import { Stack } from '@mui/material';
import { Labeled, Show, TextField } from 'react-admin';
import { CoverageFigures } from './CoverageFigures';
import { CoverageShowActions } from './CoverageShowActions';
import { CoverageUnavailable } from './CoverageUnavailable';
import { MismatchedSchoolsSection } from './MismatchedSchoolsSection';
import { UncoveredCommunesSection } from './UncoveredCommunesSection';
import { UncoveredSchoolsSection } from './UncoveredSchoolsSection';

/** react-admin would say « not found » and go back to the list: the page says the server's reason instead. */
const KEEP_THE_ERROR = { onError: () => undefined };

/**
 * A circonscription's coverage: its figures, then the schools and commune spaces to designate a director for.
 * A plain stack, not a SimpleShowLayout: the figures and the sections carry their own labels and headings.
 */
const CoverageShow = () => (
  <Show actions={<CoverageShowActions />} queryOptions={KEEP_THE_ERROR} error={<CoverageUnavailable />}>
    <Stack spacing={1} sx={{ p: 2 }}>
      <Labeled>
        <TextField source="circonscription.department.name" label="resources.publicationCoverage.fields.departmentCode" />
      </Labeled>
      <CoverageFigures />
      <UncoveredSchoolsSection />
      <UncoveredCommunesSection />
      <MismatchedSchoolsSection />
    </Stack>
  </Show>
);

export default CoverageShow;
