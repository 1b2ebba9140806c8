import RenewIcon from '@mui/icons-material/Autorenew';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, Form, required, SaveButton, Title, useNotify, useTranslate } from 'react-admin';
import { SchoolYearInput } from '../../campaigns/SchoolYearInput';
import { useCommand } from '../../dataProvider/useCommand';
import { text, type Values } from '../../dataProvider/values';
import { TerritorySelectInput } from '../../territory/TerritorySelectInput';
import { RenewalCreated } from './RenewalCreated';
import { RenewalPreviewTable } from './RenewalPreviewTable';

/**
 * The yearly renewal: choose the year to renew (and an académie), read what it would create commune by
 * commune, then confirm to create next year's drafts; the page then lists those created. Running it
 * again creates nothing twice (the server skips communes already renewed).
 */
const RenewalPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const preview = useCommand('conventionRenewalPreview');
  const renew = useCommand('renewConventions');
  const [scope, setScope] = useState<{ fromSchoolYear: string; academyCode?: string }>();
  const [confirming, setConfirming] = useState(false);
  const { data: plan, error, refetch } = useQuery({ queryKey: ['conventionRenewalPreview', scope], queryFn: () => preview({ ...scope }), enabled: scope !== undefined });
  const creation = useMutation({
    mutationFn: () => renew({ ...scope }),
    onSuccess: (created) => {
      notify('resources.conventions.renewal.done', { type: 'success', messageArgs: { smart_count: created.length } });
      void refetch();
    },
    onError: (failure) => notify(failure.message, { type: 'error' }),
    onSettled: () => setConfirming(false),
  });
  const choose = (values: Values) => {
    creation.reset();
    setScope({ fromSchoolYear: text(values.fromSchoolYear) ?? '', academyCode: text(values.academyCode) });
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.conventions.renewal.title" />
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="body1">{translate('resources.conventions.renewal.explanation')}</Typography>
        <Form onSubmit={choose}>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'baseline', flexWrap: 'wrap' }}>
            <SchoolYearInput source="fromSchoolYear" label="resources.conventions.renewal.fromSchoolYear" validate={required()} sx={{ minWidth: 200 }} />
            <TerritorySelectInput source="academyCode" reference="academies" label="resources.conventions.fields.academyCode" sx={{ minWidth: 220 }} />
            <SaveButton label="resources.conventions.renewal.preview" icon={<RenewIcon />} alwaysEnable />
          </Box>
        </Form>
        {error && <Alert severity="error">{error.message}</Alert>}
        {plan && (
          <>
            <Typography variant="h6" component="h2">
              {translate('resources.conventions.renewal.summary', { smart_count: plan.toCreate, toSchoolYear: plan.toSchoolYear, fromSchoolYear: plan.fromSchoolYear })}
            </Typography>
            <RenewalPreviewTable candidates={plan.candidates} />
            <Box>
              <Button
                variant="contained"
                label={translate('resources.conventions.renewal.create', { smart_count: plan.toCreate })}
                disabled={plan.toCreate === 0 || creation.isPending}
                onClick={() => setConfirming(true)}
              >
                <RenewIcon />
              </Button>
            </Box>
            <Confirm
              isOpen={confirming}
              loading={creation.isPending}
              title="resources.conventions.renewal.confirmTitle"
              content="resources.conventions.renewal.confirmContent"
              titleTranslateOptions={{ smart_count: plan.toCreate, toSchoolYear: plan.toSchoolYear }}
              contentTranslateOptions={{ smart_count: plan.toCreate, toSchoolYear: plan.toSchoolYear }}
              onConfirm={() => creation.mutate()}
              onClose={() => setConfirming(false)}
            />
          </>
        )}
        {creation.data && <RenewalCreated created={creation.data} />}
      </CardContent>
    </Card>
  );
};

export default RenewalPage;
