import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useCallback, useId, useState, type ReactElement, type ReactNode } from 'react';
import { Button, Form, SaveButton, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { CommandName } from '../dataProvider/useCommand';
import type { Values } from '../dataProvider/values';
import { useCommandSubmit } from '../forms/useCommandSubmit';
import type { Message } from '../i18n/message';

interface CommandDialogButtonProps {
  label: string;
  icon: ReactElement;
  /** The dialog's title and, under it, what the action does (i18n keys). */
  title: string;
  explanation?: string;
  /** Values of the title's and the explanation's placeholders (`%{reference}`). */
  messageOptions?: Record<string, unknown>;
  command: CommandName;
  /** Values sent with the form's own (the record's id…), which the user does not type. */
  values: Values;
  /** The form's starting values. */
  defaultValues?: Values;
  submitLabel: string;
  done: Message;
  /** The form's inputs, named as the command's arguments (the server's reasons land under them). */
  children: ReactNode;
}

/**
 * A button opening a dialog whose form sends a command: the server's field errors show under the inputs,
 * any other refusal (a CONFLICT: someone acted meanwhile) is notified with its message; once done, the
 * dialog closes, the outcome is told and the page's data is read again.
 */
export const CommandDialogButton = ({ label, icon, title, explanation, messageOptions, command, values, defaultValues, submitLabel, done, children }: CommandDialogButtonProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const onDone = useCallback(() => {
    setOpen(false);
    notify(done[0], { type: 'success', messageArgs: done[1] });
    refresh();
  }, [done, notify, refresh]);
  const submit = useCommandSubmit(command, onDone);
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <Form defaultValues={defaultValues} onSubmit={(formValues: Values) => submit({ ...formValues, ...values })}>
          <DialogTitle id={titleId}>{translate(title, messageOptions)}</DialogTitle>
          <DialogContent>
            {explanation && <DialogContentText sx={{ mb: 2 }}>{translate(explanation, messageOptions)}</DialogContentText>}
            {children}
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label={submitLabel} icon={icon} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
