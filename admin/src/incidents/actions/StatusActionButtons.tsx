import CloseIcon from '@mui/icons-material/Archive';
import WaitIcon from '@mui/icons-material/HourglassTop';
import StartIcon from '@mui/icons-material/PlayArrow';
import ReopenIcon from '@mui/icons-material/Replay';
import ResolveIcon from '@mui/icons-material/TaskAlt';
import type { ReactElement } from 'react';
import { required, TextInput, useRecordContext } from 'react-admin';
import { CommandButton } from '../../actions/CommandButton';
import { CommandDialogButton } from '../../actions/CommandDialogButton';
import { useCommand } from '../../dataProvider/useCommand';
import type { IncidentRecord } from '../incidents.api';
import { statusActionsFrom, type StatusAction } from './statusActions';

const ICONS: Record<StatusAction, ReactElement> = {
  start: <StartIcon />,
  resume: <StartIcon />,
  reopen: <ReopenIcon />,
  wait: <WaitIcon />,
  resolve: <ResolveIcon />,
  close: <CloseIcon />,
};

/** One button per status change the incident may take now; the server's refusal, if any, is shown. */
export const StatusActionButtons = () => {
  const incident = useRecordContext<IncidentRecord>();
  const changeStatus = useCommand('changeIncidentStatus');
  if (!incident) return null;
  const messages = (action: StatusAction) => `resources.incidents.statusActions.${action}`;
  const done = { reference: incident.reference };
  return (
    <>
      {statusActionsFrom(incident.status).map(({ action, to, asksReason }) =>
        asksReason ? (
          <CommandDialogButton
            key={action}
            label={`${messages(action)}.label`}
            icon={ICONS[action]}
            title={`${messages(action)}.title`}
            explanation={`${messages(action)}.explanation`}
            command="changeIncidentStatus"
            fixed={{ id: incident.id, status: to }}
            submitLabel={`${messages(action)}.label`}
            refresh
            done={[`${messages(action)}.done`, done]}
          >
            <TextInput source="reason" label={`${messages(action)}.reason`} validate={required()} multiline minRows={4} fullWidth />
          </CommandDialogButton>
        ) : (
          <CommandButton
            key={action}
            label={`${messages(action)}.label`}
            icon={ICONS[action]}
            run={() => changeStatus({ id: incident.id, status: to })}
            done={() => [`${messages(action)}.done`, done]}
            {...(action === 'close' ? { confirm: { title: `${messages(action)}.title`, content: `${messages(action)}.explanation`, options: done } } : {})}
          />
        ),
      )}
    </>
  );
};
