import { Upload } from '@codegouvfr/react-dsfr/Upload';
import AttachIcon from '@mui/icons-material/AttachFile';
import { Box } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { Button, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useCommand } from '../../dataProvider/useCommand';
import type { IncidentRecord } from '../incidents.api';

/** What the server accepts for an incident (files/file-purposes.ts): it checks the content, this only helps the file picker. */
const ACCEPTED = 'image/png,image/jpeg,application/pdf';

/**
 * Attaches screenshots or documents: each file is uploaded (POST /files), then all are attached in one
 * call. The server's refusal (type, size, a closed incident) is shown with its reason.
 */
export const AttachFilesForm = () => {
  const incident = useRecordContext<IncidentRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess: mayAttach } = useCanAccess({ resource: 'incidents', action: 'attach' });
  const upload = useCommand('uploadIncidentFile');
  const attach = useCommand('attachIncidentFiles');
  const [files, setFiles] = useState<File[]>([]);
  const [sending, setSending] = useState(false);
  // Remounting the input after a send empties it: a file input's value cannot be set.
  const [round, setRound] = useState(0);
  if (!incident || !mayAttach || incident.status === 'CLOSED') return null;

  const send = async () => {
    setSending(true);
    try {
      const fileIds: string[] = [];
      for (const file of files) fileIds.push(await upload(file));
      await attach({ id: incident.id, fileIds });
      notify('resources.incidents.files.attached', { type: 'success', messageArgs: { smart_count: fileIds.length } });
      setFiles([]);
      setRound((value) => value + 1);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSending(false);
    }
  };

  return (
    <Box sx={{ mt: 3, display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 2 }}>
      <Upload
        key={round}
        label={translate('resources.incidents.files.add')}
        hint={translate('resources.incidents.files.hint')}
        multiple
        nativeInputProps={{ accept: ACCEPTED, onChange: (event: ChangeEvent<HTMLInputElement>) => setFiles([...(event.target.files ?? [])]) }}
      />
      <Button
        label={sending ? 'resources.incidents.files.sending' : 'resources.incidents.files.submit'}
        variant="contained"
        onClick={send}
        disabled={!files.length || sending}
      >
        <AttachIcon />
      </Button>
    </Box>
  );
};
