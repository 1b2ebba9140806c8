import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { formatDate, formatInteger } from '../format/frenchFormats';
import type { DataSubjectRequestRecord } from './data-requests.api';

/**
 * The identity proofs received: downloadable until the identity is decided, then erased (their name,
 * date and fingerprint stay, as proof that they were checked).
 */
export const IdentityProofsField = (_props: FieldProps) => {
  const request = useRecordContext<DataSubjectRequestRecord>();
  const translate = useTranslate();
  if (!request) return null;
  if (!request.identityProofs.length) return <Typography variant="body2">{translate('resources.dataSubjectRequests.identity.noProofs')}</Typography>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {request.identityProofs.map((proof) => {
        const size = translate('resources.dataSubjectRequests.identity.size', { size: formatInteger(Math.ceil(proof.size / 1024)) });
        return (
          <Typography component="li" variant="body2" key={proof.id}>
            {proof.deletedAt ? (
              <>
                {proof.name} ({size}) — {translate('resources.dataSubjectRequests.identity.erased', { on: formatDate(proof.deletedAt) })}
              </>
            ) : (
              <>
                <a href={`/files/${proof.id}`} download>
                  {proof.name}
                </a>{' '}
                ({size}, {translate('resources.dataSubjectRequests.identity.receivedAt', { on: formatDate(proof.createdAt) })})
              </>
            )}
          </Typography>
        );
      })}
    </Box>
  );
};
