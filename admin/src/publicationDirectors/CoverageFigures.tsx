import { Labeled } from 'react-admin';
import { Stack } from '@mui/material';
import { IntegerField } from '../fields/IntegerField';

/** The circonscription's figures in one row: served schools and communes, and what is left to do. */
export const CoverageFigures = () => (
  <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
    <Labeled>
      <IntegerField source="schoolCount" />
    </Labeled>
    <Labeled>
      <IntegerField source="uncoveredSchoolCount" />
    </Labeled>
    <Labeled>
      <IntegerField source="mismatchedSchoolCount" />
    </Labeled>
    <Labeled>
      <IntegerField source="communeCount" />
    </Labeled>
    <Labeled>
      <IntegerField source="uncoveredCommuneCount" />
    </Labeled>
  </Stack>
);
