import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useCallback, useId, useState, type ReactElement, type ReactNode } from 'react';
import { Button, Form, SaveButton, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { CommandName, CommandResult } from '../dataProvider/useCommand';
import type { Values } from '../dataProvider/values';
import { useCommandSubmit } from '../forms/useCommandSubmit';
import type { Message } from '../i18n/message';

interface CommandFormButtonProps<K extends CommandName> {
  label: string;
  icon: ReactElement;
  command: K;
  /**
   * The form's starting values, which the command receives with what was typed (an `id` says which
   * record). Give every input a value here, even null: a server error then lands under its input.
   */
  values: Values;
  /** i18n keys of the dialog's title and explanation, with their options. */
  title: Message;
  explanation?: Message;
  submitLabel: string;
  /** What to tell once done (an i18n key and its options). */
  done: (result: CommandResult<K>) => Message;
  maxWidth?: 'sm' | 'md';
  children: ReactNode;
}

/**
 * A button opening a dialog with a form that sends a command: the server's field errors show under the
 * inputs, any other refusal (a CONFLICT of the status machine…) is notified with the server's reason.
 * Once done, the dialog closes, the outcome is told and the page's data is read again.
 */
export const CommandFormButton = <K extends CommandName>(props: CommandFormButtonProps<K>) => {
  const { label, icon, command, values, title, explanation, submitLabel, done, maxWidth = 'sm', children } = props;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const onDone = useCallback(
    (result: CommandResult<K>) => {
      setOpen(false);
      const [message, messageArgs] = done(result);
      notify(message, { type: 'success', messageArgs });
      refresh();
    },
    [done, notify, refresh],
  );
  const submit = useCommandSubmit(command, onDone);
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth={maxWidth}>
        <Form record={values} onSubmit={submit}>
          <DialogTitle id={titleId}>{translate(title[0], title[1])}</DialogTitle>
          <DialogContent>
            {explanation && <DialogContentText sx={{ mb: 2 }}>{translate(explanation[0], explanation[1])}</DialogContentText>}
            {children}
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label={submitLabel} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
