import { useMutation } from '@tanstack/react-query';
import { useState, type ReactElement } from 'react';
import { Button, Confirm, useNotify, useRefresh, type ButtonProps } from 'react-admin';
import type { Message } from '../i18n/message';

interface CommandButtonProps<T> {
  label: string;
  icon: ReactElement;
  run: () => Promise<T>;
  /** What to tell once done, from the result (an i18n key and its options). */
  done: (result: T) => Message;
  /** What the page does with the result besides telling it (show what was done). */
  onDone?: (result: T) => void;
  /** Asked first, for actions that are not undone in one click. */
  confirm?: { title: string; content: string; options?: Record<string, unknown> };
  /** `contained` for the main action of a page; a toolbar's text button by default. */
  variant?: ButtonProps['variant'];
}

/**
 * A button that sends a command, after a confirmation when asked, then tells the outcome and refreshes
 * the page's data (a failure shows the server's message).
 */
export const CommandButton = <T,>({ label, icon, run, done, onDone, confirm, variant }: CommandButtonProps<T>) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const [asking, setAsking] = useState(false);
  const { mutate, isPending } = useMutation<T, Error>({
    mutationFn: run,
    onSuccess: (result) => {
      const [message, messageArgs] = done(result);
      notify(message, { type: 'success', messageArgs });
      onDone?.(result);
      refresh();
    },
    onError: (error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
    onSettled: () => setAsking(false),
  });
  return (
    <>
      <Button label={label} variant={variant} onClick={() => (confirm ? setAsking(true) : mutate())} disabled={isPending}>
        {icon}
      </Button>
      {confirm && (
        <Confirm
          isOpen={asking}
          loading={isPending}
          title={confirm.title}
          content={confirm.content}
          titleTranslateOptions={confirm.options}
          contentTranslateOptions={confirm.options}
          onConfirm={() => mutate()}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
};
