import { Alert, Box, Link as MuiLink, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useTranslate } from 'react-admin';
import { useCommand } from '../../dataProvider/useCommand';
import { DataTable } from '../../fields/DataTable';
import { DefinitionList } from '../../fields/DefinitionList';
import { formatInteger, formatMoney } from '../../format/frenchFormats';
import type { ConventionFunnelQuery, YearScope } from '../../graphql/generated/graphql';
import { conventionListLink, overduePaymentsLink } from './conventionListLink';

type Stage = ConventionFunnelQuery['conventionFunnel']['stages'][number];

/** A year's conventions by status (each linked to the list), and the amounts expected against signed, paid and late. */
export const FunnelFigures = ({ scope }: { scope: YearScope }) => {
  const translate = useTranslate();
  const conventionFunnel = useCommand('conventionFunnel');
  const { data: funnel, error } = useQuery({ queryKey: ['conventionFunnel', scope], queryFn: () => conventionFunnel({ ...scope }) });
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!funnel) return null;
  const filter = { schoolYear: scope.schoolYear, ...(scope.academyCode ? { academyCode: scope.academyCode } : {}) };
  return (
    <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, alignItems: 'start' }}>
      <DataTable<Stage>
        caption="resources.conventions.funnel.stagesCaption"
        rows={funnel.stages}
        rowKey={(stage) => stage.status}
        empty="resources.conventions.funnel.none"
        columns={[
          {
            label: 'resources.conventions.fields.status',
            render: (stage) => (
              <Link to={conventionListLink({ ...filter, status: stage.status })}>{translate(`resources.conventions.statuses.${stage.status}`)}</Link>
            ),
          },
          { label: 'resources.conventions.funnel.conventions', render: (stage) => formatInteger(stage.conventions), align: 'right' },
          { label: 'resources.conventions.funnel.schools', render: (stage) => formatInteger(stage.schools), align: 'right' },
          { label: 'resources.conventions.fields.amountCents', render: (stage) => formatMoney(stage.amountCents), align: 'right' },
        ]}
      />
      <Box>
        <Typography variant="subtitle1" component="p" sx={{ fontWeight: 'bold', mb: 1 }}>
          {translate('resources.conventions.funnel.amounts')}
        </Typography>
        <DefinitionList
          items={[
            ['resources.conventions.funnel.expected', translate('resources.conventions.funnel.expectedFigures', { amount: formatMoney(funnel.expectedAmountCents), smart_count: funnel.conventions })],
            ['resources.conventions.funnel.signed', translate('resources.conventions.funnel.signedFigures', { amount: formatMoney(funnel.signedAmountCents), smart_count: funnel.signedConventions })],
            ['resources.conventions.funnel.paid', formatMoney(funnel.paidAmountCents)],
            [
              'resources.conventions.funnel.overdue',
              <MuiLink component={Link} to={overduePaymentsLink(scope.schoolYear)}>
                {formatMoney(funnel.overdueAmountCents)}
              </MuiLink>,
            ],
            ['resources.conventions.funnel.enrolledSchools', formatInteger(funnel.schools)],
          ]}
        />
      </Box>
    </Box>
  );
};
