import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useCallback, useId, useState, type ReactElement, type ReactNode } from 'react';
import { Button, Form, useNotify, useTranslate, type RaRecord } from 'react-admin';
import type { CommandName, CommandResult } from '../dataProvider/useCommand';
import type { Values } from '../dataProvider/values';
import { DialogSaveButton } from '../forms/DialogSaveButton';
import { useCommandSubmit } from '../forms/useCommandSubmit';
import { useShowRecordInCache } from './useShowRecordInCache';

interface CommandDialogButtonProps<K extends CommandName> {
  label: string;
  icon: ReactElement;
  title: string;
  /** What the step does, said before the inputs. */
  explanation?: ReactNode;
  command: K;
  /** Sent with the form's values but not edited (the record's id). */
  fixed: Values;
  /**
   * Every input's first value (null when empty): react-hook-form only hands over the values it knows, and
   * the server's refusal can only land under an input whose name was sent.
   */
  defaultValues: Values;
  /** Told once done. */
  done: string;
  submitLabel?: string;
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
  explanation,
  command,
  fixed,
  defaultValues,
  done,
  submitLabel = label,
  children,
}: CommandDialogButtonProps<K>) => {
  const translate = useTranslate();
  const notify = useNotify();
  const showInCache = useShowRecordInCache();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const onDone = useCallback(
    (record: CommandResult<K>) => {
      setOpen(false);
      showInCache(record as RaRecord);
      notify(done, { type: 'success' });
    },
    [showInCache, notify, done],
  );
  const submit = useCommandSubmit(command, onDone);
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <Form record={defaultValues} onSubmit={(values: Values) => submit({ ...values, ...fixed })}>
          <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
          <DialogContent>
            {explanation && <DialogContentText sx={{ mb: 2 }}>{explanation}</DialogContentText>}
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
