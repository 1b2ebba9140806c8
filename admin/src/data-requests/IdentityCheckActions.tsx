import VerifiedIcon from '@mui/icons-material/HowToReg';
import ReceivedIcon from '@mui/icons-material/MarkEmailRead';
import FailedIcon from '@mui/icons-material/PersonOff';
import RequestIcon from '@mui/icons-material/PersonSearch';
import NotNeededIcon from '@mui/icons-material/Undo';
import { Stack } from '@mui/material';
import type { ReactElement } from 'react';
import { useRecordContext } from 'react-admin';
import type { IdentityCheckStatus } from '../graphql/generated/graphql';
import type { DataSubjectRequestRecord } from './data-requests.api';
import { IdentityCheckButton } from './IdentityCheckButton';

const ICONS: Record<IdentityCheckStatus, ReactElement> = {
  NOT_NEEDED: <NotNeededIcon />,
  REQUESTED: <RequestIcon />,
  RECEIVED: <ReceivedIcon />,
  VERIFIED: <VerifiedIcon />,
  FAILED: <FailedIcon />,
};

/** The next steps of the check, as the server allows them (a decided check is final). */
const NEXT: Record<IdentityCheckStatus, readonly IdentityCheckStatus[]> = {
  NOT_NEEDED: ['REQUESTED'],
  REQUESTED: ['RECEIVED', 'FAILED', 'NOT_NEEDED'],
  RECEIVED: ['VERIFIED', 'FAILED'],
  VERIFIED: [],
  FAILED: [],
};

/** The identity check's buttons; none on a closed request, which no longer changes. */
export const IdentityCheckActions = () => {
  const request = useRecordContext<DataSubjectRequestRecord>();
  if (!request || request.status === 'CLOSED') return null;
  const next = NEXT[request.identityCheck];
  if (!next.length) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', mt: 1 }}>
      {next.map((status) => (
        <IdentityCheckButton key={status} status={status} icon={ICONS[status]} />
      ))}
    </Stack>
  );
};
