import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DataTable } from '../../fields/DataTable';
import { RecordLink } from '../../fields/RecordLink';
import { formatMoney } from '../../format/frenchFormats';
import type { ConventionRenewalPreviewQuery } from '../../graphql/generated/graphql';

type Candidate = ConventionRenewalPreviewQuery['conventionRenewalPreview']['candidates'][number];

/** Commune by commune: the convention renewed, the schools kept and left out (with why), the amount, and whether a draft will be made. */
export const RenewalPreviewTable = ({ candidates }: { candidates: readonly Candidate[] }) => {
  const translate = useTranslate();
  return (
    <DataTable<Candidate>
      caption="resources.conventions.renewal.previewCaption"
      rows={candidates}
      rowKey={(candidate) => candidate.fromConvention.id}
      empty="resources.conventions.renewal.noCandidate"
      columns={[
        {
          label: 'resources.conventions.fields.communeInseeCode',
          render: (candidate) => (
            <RecordLink resource="conventions" id={candidate.fromConvention.id}>
              {candidate.commune.name}
            </RecordLink>
          ),
        },
        { label: 'resources.conventions.renewal.schools', render: (candidate) => candidate.schools.map((school) => `${school.name} (${school.uai})`).join(', ') },
        {
          label: 'resources.conventions.renewal.leftOut',
          render: (candidate) =>
            candidate.leftOut.map((school) => (
              <Box key={school.uai} component="span" sx={{ display: 'block' }}>
                {school.reason}
              </Box>
            )),
        },
        { label: 'resources.conventions.fields.amountCents', render: (candidate) => formatMoney(candidate.amountCents), align: 'right' },
        {
          label: 'resources.conventions.renewal.outcome',
          render: (candidate) => <Typography variant="body2">{candidate.skippedReason ?? translate('resources.conventions.renewal.willCreate')}</Typography>,
        },
      ]}
    />
  );
};
