import { Box, Typography } from '@mui/material';
import { useCallback, useId, useRef, useState } from 'react';
import { Form, RadioButtonGroupInput, required, SaveButton, TextInput, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { Values } from '../../dataProvider/values';
import { useCommandSubmit } from '../../forms/useCommandSubmit';
import type { IncidentRecord } from '../incidents.api';

/**
 * Adds a comment (support team). Who reads it is chosen each time, never by default: a public comment is
 * mailed to the reporter at once, an internal one must never be.
 */
export const CommentForm = () => {
  const incident = useRecordContext<IncidentRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const headingId = useId();
  const { canAccess: mayHandle } = useCanAccess({ resource: 'incidents', action: 'handle' });
  // A new form after each comment: empty, and with no visibility chosen for the next one.
  const [round, setRound] = useState(0);
  const sentInternal = useRef(false);
  const onDone = useCallback(() => {
    notify(sentInternal.current ? 'resources.incidents.comments.addedInternal' : 'resources.incidents.comments.addedPublic', { type: 'success' });
    setRound((value) => value + 1);
    refresh();
  }, [notify, refresh]);
  const submit = useCommandSubmit('commentIncident', onDone);
  if (!incident || !mayHandle || incident.status === 'CLOSED') return null;
  const send = (values: Values) => {
    sentInternal.current = values.visibility === 'internal';
    return submit({ id: incident.id, body: values.body, internal: sentInternal.current });
  };
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3, maxWidth: 800 }}>
      <Typography id={headingId} variant="h6" component="h2">
        {translate('resources.incidents.comments.add')}
      </Typography>
      <Form key={round} onSubmit={send}>
        <TextInput source="body" label="resources.incidents.comments.body" validate={required()} multiline minRows={4} fullWidth />
        <RadioButtonGroupInput
          source="visibility"
          label="resources.incidents.comments.visibility"
          choices={[
            { id: 'public', name: 'resources.incidents.comments.publicChoice' },
            { id: 'internal', name: 'resources.incidents.comments.internalChoice' },
          ]}
          validate={required()}
          row={false}
        />
        <SaveButton label="resources.incidents.comments.submit" />
      </Form>
    </Box>
  );
};
