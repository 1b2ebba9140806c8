import { Alert, AlertTitle, Button } from '@mui/material';
import { useState } from 'react';
import { useEditContext, useTranslate } from 'react-admin';

/**
 * Shown in an edit form when the server refused the save because the record changed meanwhile
 * (optimistic locking). Reloading fetches the current version; react-admin then resets the form to it.
 */
export const ConflictAlert = ({ title, message, onReloaded }: { title: string; message: string; onReloaded: () => void }) => {
  const translate = useTranslate();
  const { refetch } = useEditContext();
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    await refetch();
    setReloading(false);
    onReloaded();
  };
  return (
    <Alert
      severity="warning"
      role="alert"
      sx={{ mb: 2, width: '100%' }}
      action={
        <Button color="inherit" variant="outlined" onClick={reload} disabled={reloading}>
          {translate('ent.conflict.reload')}
        </Button>
      }
    >
      <AlertTitle>{translate(title)}</AlertTitle>
      {translate(message)}
    </Alert>
  );
};
