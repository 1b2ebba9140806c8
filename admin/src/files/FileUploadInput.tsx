import { FormHelperText, Typography } from '@mui/material';
import { useId, useState, type ChangeEvent } from 'react';
import { useInput, useTranslate, type Validator } from 'react-admin';
import { uploadFile, type UploadedFile } from './uploadFile';

interface FileUploadInputProps {
  /** The form value: the ids of the uploaded files. */
  source: string;
  label: string;
  purpose: string;
  /** The `accept` of the file picker (the server checks the real type). */
  accept: string;
  validate?: Validator | Validator[];
}

/**
 * Files chosen are uploaded at once (`POST /files`); the form holds their ids. A native file input, labelled
 * and described, so that keyboards and screen readers use it as any other.
 */
export const FileUploadInput = ({ source, label, purpose, accept, validate }: FileUploadInputProps) => {
  const translate = useTranslate();
  const inputId = useId();
  const { field, fieldState } = useInput({ source, validate });
  const [uploaded, setUploaded] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    setUploading(true);
    setFailure(null);
    try {
      const stored = await Promise.all(files.map((file) => uploadFile(file, { purpose })));
      setUploaded(stored);
      field.onChange(stored.map((file) => file.id));
    } catch (error) {
      setUploaded([]);
      field.onChange([]);
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setUploading(false);
    }
  };

  const error = failure ?? (fieldState.error?.message ? translate(fieldState.error.message, { _: fieldState.error.message }) : null);
  return (
    <div className="fr-upload-group fr-mb-2w">
      <label className="fr-label" htmlFor={inputId}>
        {translate(label)}
        <span className="fr-hint-text">{translate('ent.upload.hint')}</span>
      </label>
      <input
        className="fr-upload"
        type="file"
        id={inputId}
        multiple
        accept={accept}
        onChange={upload}
        onBlur={field.onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${inputId}-status`}
      />
      <div id={`${inputId}-status`} role="status">
        {uploading && <Typography variant="body2">{translate('ent.upload.uploading')}</Typography>}
        {!uploading && uploaded.length > 0 && (
          <Typography variant="body2">{translate('ent.upload.done', { names: uploaded.map((file) => file.name).join(', ') })}</Typography>
        )}
        {error && <FormHelperText error>{error}</FormHelperText>}
      </div>
    </div>
  );
};
