import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { RightApplicability } from '../graphql/generated/graphql';
import type { DataSubjectRequestRecord } from './data-requests.api';

const SEVERITY = { APPLIES: 'success', LIMITED: 'warning', NOT_APPLICABLE: 'error' } as const satisfies Record<RightApplicability, string>;

/**
 * For each right exercised, what the law says given the processing's legal basis, and the refusal the
 * server proposes (its ground and the article to quote in the answer).
 */
export const GuidanceList = (_props: FieldProps) => {
  const request = useRecordContext<DataSubjectRequestRecord>();
  const translate = useTranslate();
  if (!request) return null;
  const key = 'resources.dataSubjectRequests';
  return (
    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 2 }}>
      {request.guidance.map((guidance) => (
        <Box component="li" key={guidance.right} className="fr-p-2w" sx={{ border: 1, borderColor: 'divider' }}>
          <Typography component="h3" variant="subtitle1" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            {translate(`${key}.rights.${guidance.right}`)}
            <Badge as="span" severity={SEVERITY[guidance.applicability]} small>
              {translate(`${key}.applicabilities.${guidance.applicability}`)}
            </Badge>
          </Typography>
          <Typography variant="body2">
            {guidance.note} ({guidance.article})
          </Typography>
          {guidance.proposedRefusal && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              <strong>{translate(`${key}.guidance.proposedRefusal`)}</strong>{' '}
              {translate(`${key}.refusalGrounds.${guidance.proposedRefusal.ground}`)} — {guidance.proposedRefusal.detail}
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
};
