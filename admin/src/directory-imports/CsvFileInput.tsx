import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { required, useInput, useTranslate, ValidationError } from 'react-admin';

/** The server's limit for a `directory-import` upload. */
const MAX_BYTES = 200 * 1024 * 1024;

const notTooLarge = (value: unknown) => (value instanceof File && value.size > MAX_BYTES ? 'resources.directoryImports.form.fileTooLarge' : undefined);

const validate = [required(), notTooLarge];

/**
 * The CSV to import, as the DSFR file input; the form's value is the chosen `File`. Its type is checked by
 * the server from its content (a renamed file is refused), whose reason then shows here.
 */
export const CsvFileInput = ({ source, disabled }: { source: string; disabled: boolean }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source, validate });
  const error = fieldState.error?.message;
  return (
    <Upload
      label={`${translate('resources.directoryImports.fields.file')} *`}
      hint={translate('resources.directoryImports.form.fileHint')}
      disabled={disabled}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error && <ValidationError error={error} />}
      nativeInputProps={{
        name: field.name,
        accept: '.csv,text/csv',
        required: true,
        'aria-invalid': error ? true : undefined,
        onChange: (event) => field.onChange(event.target.files?.[0] ?? null),
        onBlur: field.onBlur,
      }}
    />
  );
};
