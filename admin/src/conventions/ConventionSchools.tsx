import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { DataTable } from '../fields/DataTable';
import type { ConventionDetailsRecord } from './conventions.api';

type School = ConventionDetailsRecord['schools'][number];

/** The enrolled schools (article 9): UAI, name and kind, amendments' schools included. */
export const ConventionSchools = (_props: { label?: string }) => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  const translate = useTranslate();
  if (!convention) return null;
  return (
    <DataTable<School>
      caption="resources.conventions.schoolsCaption"
      rows={convention.schools}
      rowKey={(school) => school.uai}
      empty="resources.conventions.noSchools"
      columns={[
        { label: 'resources.schools.fields.uai', render: (school) => <Box component="span" sx={{ fontFamily: 'monospace' }}>{school.uai}</Box> },
        { label: 'resources.schools.fields.name', render: (school) => school.name },
        { label: 'resources.schools.fields.kind', render: (school) => translate(`resources.schools.kinds.${school.kind}`) },
      ]}
    />
  );
};
