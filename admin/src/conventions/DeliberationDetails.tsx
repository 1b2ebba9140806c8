import { Alert, Box, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DefinitionList } from '../fields/DefinitionList';
import { FileLink } from '../files/FileLink';
import { formatDate } from '../format/frenchFormats';
import type { ConventionDeliberationFragment } from '../graphql/generated/graphql';

const date = (value: string | null | undefined) => (value ? formatDate(value) : null);

/**
 * One council deliberation as the register extract gives it: attendance and quorum, the vote and its
 * outcome, the prefecture's ACTES acknowledgement, the server's warnings (never blocking) and the scan.
 */
export const DeliberationDetails = ({ deliberation: d }: { deliberation: ConventionDeliberationFragment }) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.conventions.deliberation.${key}`, options);
  const quorum = d.quorumReached ? t('quorumReached') : d.secondConvocation ? t('quorumWaived', { date: date(d.firstMeetingDate) }) : t('quorumMissed');
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="h6" component="h3" sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        {t('heading', { date: date(d.meetingDate), number: d.number })}
        <Chip size="small" variant="outlined" color={d.adopted ? 'success' : 'error'} label={t(d.adopted ? 'adopted' : 'rejected')} />
      </Typography>
      {d.warnings.map((warning) => (
        <Alert key={warning} severity="warning" sx={{ mb: 1 }}>
          {warning}
        </Alert>
      ))}
      <DefinitionList
        items={[
          ['resources.conventions.deliberation.attendance', t('attendanceFigures', d)],
          ['resources.conventions.deliberation.quorum', quorum],
          ['resources.conventions.deliberation.vote', t('voteFigures', { ...d, blank: d.blankOrSpoilt ?? 0 })],
          ['resources.conventions.deliberation.fields.secretBallot', d.secretBallot ? t('yes') : null],
          ['resources.conventions.deliberation.fields.presidentVote', d.presidentVote && translate(`resources.conventions.presidentVotes.${d.presidentVote}`)],
          ['resources.conventions.deliberation.fields.secretary', d.secretary],
          ['resources.conventions.deliberation.fields.actesId', d.actesId && <Box component="span" sx={{ fontFamily: 'monospace' }}>{d.actesId}</Box>],
          ['resources.conventions.deliberation.fields.transmittedOn', date(d.transmittedOn)],
          ['resources.conventions.deliberation.fields.receivedOn', date(d.receivedOn)],
          ['resources.conventions.deliberation.fields.publishedOn', date(d.publishedOn)],
          ['resources.conventions.deliberation.scan', d.scan && <FileLink file={d.scan} />],
        ]}
      />
    </Box>
  );
};
