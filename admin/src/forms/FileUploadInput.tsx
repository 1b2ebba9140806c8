import { FormControl, FormHelperText, FormLabel } from '@mui/material';
import { useId } from 'react';
import { FieldTitle, required, useInput, useTranslate, type InputProps } from 'react-admin';

/**
 * A native file input (keyboard and screen reader friendly, unlike a drop zone) whose value is the chosen
 * `File`; the upload itself is the command's. `accept` narrows the browser's chooser only: the server checks
 * the content.
 */
export const FileUploadInput = ({ source, label, accept, helperText }: Pick<InputProps, 'source' | 'label'> & { accept: string; helperText?: string }) => {
  const translate = useTranslate();
  const id = useId();
  const { field, fieldState, isRequired } = useInput({ source, validate: required() });
  const message = fieldState.error?.message;
  const helperId = `${id}-helper`;
  return (
    <FormControl error={Boolean(message)} fullWidth sx={{ my: 1 }}>
      <FormLabel htmlFor={id} sx={{ mb: 1 }}>
        <FieldTitle label={label} source={source} isRequired={isRequired} />
      </FormLabel>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={helperId}
        aria-invalid={Boolean(message)}
        onChange={(event) => field.onChange(event.target.files?.[0] ?? null)}
        onBlur={field.onBlur}
      />
      <FormHelperText id={helperId}>{message ? translate(message, { _: message }) : helperText && translate(helperText)}</FormHelperText>
    </FormControl>
  );
};
