import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useCallback, useId, useState, type ReactElement, type ReactNode } from 'react';
import { Button, Form, useNotify, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import type { CommandName, CommandResult } from '../dataProvider/useCommand';
import type { Values } from '../dataProvider/values';
import { DialogSaveButton } from '../forms/DialogSaveButton';
import { useCommandSubmit } from '../forms/useCommandSubmit';
import type { Message } from '../i18n/message';
import { useShowRecordInCache } from './useShowRecordInCache';

interface CommandDialogButtonProps<K extends CommandName> {
  label: string;
  icon: ReactElement;
  title: string;
  /** Values of the title's and the explanation's placeholders (`%{reference}`). */
  messageOptions?: Record<string, unknown>;
  /** What the step does, said before the inputs (an i18n key, or text already written). */
  explanation?: ReactNode;
  command: K;
  /** Sent with the form's values but not edited (the record's id). */
  fixed: Values;
  /**
   * Every input's first value (null when empty): react-hook-form only hands over the values it knows, and
   * the server's refusal can only land under an input whose name was sent.
   */
  defaultValues?: Values;
  /** Told once done (an i18n key, with its options). */
  done: string | Message;
  submitLabel?: string;
  /**
   * Once done, read the page's data again instead of showing the answered record: for commands whose
   * answer is not the page's record (a saved filter on the support home).
   */
  refresh?: boolean;
  children: ReactNode;
}

/**
 * A step of a record's life (extend a request, notify a breach…) as a button opening a dialog with its
 * form. The server's refusals show under the inputs; once done, the record it answers replaces the shown
 * one (no refresh: reads of some records are audited).
 */
export const CommandDialogButton = <K extends CommandName>({
  label,
  icon,
  title,
  messageOptions,
  explanation,
  command,
  fixed,
  defaultValues = {},
  done,
  submitLabel = label,
  refresh = false,
  children,
}: CommandDialogButtonProps<K>) => {
  const translate = useTranslate();
  const notify = useNotify();
  const showInCache = useShowRecordInCache();
  const refreshPage = useRefresh();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const onDone = useCallback(
    (record: CommandResult<K>) => {
      setOpen(false);
      if (refresh) refreshPage();
      else showInCache(record as RaRecord);
      const [message, messageArgs] = typeof done === 'string' ? [done] : done;
      notify(message, { type: 'success', messageArgs });
    },
    [refresh, refreshPage, showInCache, notify, done],
  );
  const submit = useCommandSubmit(command, onDone);
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <Form record={defaultValues} onSubmit={(values: Values) => submit({ ...values, ...fixed })}>
          <DialogTitle id={titleId}>{translate(title, messageOptions)}</DialogTitle>
          <DialogContent>
            {explanation && <DialogContentText sx={{ mb: 2 }}>{typeof explanation === 'string' ? translate(explanation, messageOptions) : explanation}</DialogContentText>}
            {children}
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <DialogSaveButton label={submitLabel} icon={icon} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
