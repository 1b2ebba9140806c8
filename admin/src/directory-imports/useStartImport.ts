import { useCallback, useEffect, useRef, useState } from 'react';
import { HttpError, useLogoutIfAccessDenied, useNotify, useRedirect } from 'react-admin';
import { hasFieldErrors } from '../dataProvider/serverErrors';
import { useCommand } from '../dataProvider/useCommand';
import { oneOf, required, type Values } from '../dataProvider/values';
import { uploadFile } from '../files/uploadFile';
import { IMPORT_KINDS } from './importEnums';

/** The upload under way: bytes sent of the file's. */
export interface UploadProgress {
  sent: number;
  total: number;
}

/** Refusals of the upload that are about the file itself (empty, not CSV, too large). */
const FILE_REFUSALS = new Set([400, 413, 415]);

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * The new-import form's submit: uploads the file (its progress in `upload`), starts the dry run, then
 * opens the run's page, which follows it. What is wrong with the file shows under the file input; any
 * other failure is notified. Leaving the page aborts the upload.
 */
export function useStartImport() {
  const start = useCommand('startDirectoryImport');
  const notify = useNotify();
  const redirect = useRedirect();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [upload, setUpload] = useState<UploadProgress | null>(null);
  const leaving = useRef<AbortController | null>(null);
  useEffect(() => () => leaving.current?.abort(), []);

  const submit = useCallback(
    async (values: Values): Promise<Record<string, string> | undefined> => {
      const file = values.file instanceof File ? values.file : undefined;
      if (!file) return { file: 'ra.validation.required' };
      const kind = required(oneOf(IMPORT_KINDS, values.kind), 'kind');
      leaving.current = new AbortController();
      setUpload({ sent: 0, total: file.size });
      try {
        const uploaded = await uploadFile(file, {
          purpose: 'directory-import',
          signal: leaving.current.signal,
          onProgress: (sent, total) => setUpload({ sent, total }),
        });
        const id = await start({
          fileId: uploaded.id,
          kind,
          allDepartments: values.allDepartments === true,
          // Absence only means something in the schools directory.
          closeAbsent: kind === 'SCHOOLS' && values.closeAbsent === true,
        });
        redirect('show', 'directoryImports', id);
        return undefined;
      } catch (error) {
        setUpload(null);
        if (isAbort(error) || (await logoutIfAccessDenied(error))) return undefined;
        if (hasFieldErrors(error)) return { file: Object.values(error.body.errors).join(' ') };
        if (error instanceof HttpError && FILE_REFUSALS.has(error.status)) return { file: error.message };
        notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
        return undefined;
      }
    },
    [start, notify, redirect, logoutIfAccessDenied],
  );

  return { submit, upload };
}
