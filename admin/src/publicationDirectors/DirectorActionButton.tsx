import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useCallback, useId, useState, type ReactElement, type ReactNode } from 'react';
import { Button, Form, SaveButton, useCanAccess, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { Values } from '../dataProvider/values';
import { useCommandSubmit } from '../forms/useCommandSubmit';
import { PersonName } from './PersonName';
import type { DirectorRecord } from './publicationDirectors.commands';

interface DirectorActionButtonProps {
  command: 'endPublicationDirector' | 'acknowledgeCharter';
  director: DirectorRecord;
  /** i18n group of the action: `.action`, `.title`, `.explanation`, `.submit`, `.done`. */
  messages: string;
  icon: ReactElement;
  /** The inputs' initial values. */
  defaults: Values;
  /** The inputs, named as the command's variables (the server's errors land under them). */
  children: ReactNode;
}

/**
 * A button opening a small form about the designation (its end, the charter's acknowledgement), for those
 * who designate. On success the page's data is refreshed; the server's reasons show under the inputs.
 */
export const DirectorActionButton = ({ command, director, messages, icon, defaults, children }: DirectorActionButtonProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'publicationDirectors', action: 'edit' });
  const onDone = useCallback(() => {
    setOpen(false);
    notify(`${messages}.done`, { type: 'success' });
    refresh();
  }, [messages, notify, refresh]);
  const submit = useCommandSubmit(command, onDone);
  if (!canAccess) return null;
  return (
    <>
      <Button label={`${messages}.action`} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <Form record={{ ...defaults, id: director.id }} onSubmit={(values: Values) => submit({ ...values, id: director.id })}>
          <DialogTitle id={titleId}>
            {translate(`${messages}.title`)} <PersonName person={director} />
          </DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate(`${messages}.explanation`)}</DialogContentText>
            {children}
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label={`${messages}.submit`} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
