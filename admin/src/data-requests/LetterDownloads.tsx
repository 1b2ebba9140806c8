import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { DownloadLink } from '../fields/DownloadLink';
import type { LetterKind } from '../graphql/generated/graphql';
import type { DataSubjectRequestRecord } from './data-requests.api';

/** The letters in the order they are sent; the server writes them from the templates (audited). */
const LETTERS: ReadonlyArray<{ kind: LetterKind; path: string; ready: (request: DataSubjectRequestRecord) => boolean }> = [
  { kind: 'ACKNOWLEDGEMENT', path: 'acknowledgement', ready: () => true },
  { kind: 'IDENTITY_REQUEST', path: 'identity-request', ready: (request) => request.identityCheck !== 'NOT_NEEDED' },
  { kind: 'EXTENSION_NOTICE', path: 'extension-notice', ready: (request) => request.extended },
  { kind: 'ANSWER', path: 'answer', ready: (request) => request.answeredOn !== null },
];

/**
 * The request's letters as PDF, those that apply to its state, and for a right of access the archive of
 * what the back office holds about the person (ZIP).
 */
export const LetterDownloads = (_props: FieldProps) => {
  const request = useRecordContext<DataSubjectRequestRecord>();
  const translate = useTranslate();
  if (!request) return null;
  const base = `/data-protection/requests/${encodeURIComponent(request.id)}`;
  const key = 'resources.dataSubjectRequests.letters';
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1 }}>
        {LETTERS.filter(({ ready }) => ready(request)).map(({ kind, path }) => (
          <li key={kind}>
            <DownloadLink href={`${base}/letters/${path}`} label={`${key}.kinds.${kind}`} detail={`${key}.pdf`} />
          </li>
        ))}
      </Box>
      {request.rights.includes('ACCESS') && (
        <div>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate(`${key}.archiveExplanation`)}
          </Typography>
          <DownloadLink href={`${base}/access-archive`} label={`${key}.archive`} detail={`${key}.zip`} />
        </div>
      )}
    </Box>
  );
};
