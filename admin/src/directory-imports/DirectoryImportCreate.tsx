import { Alert } from '@mui/material';
import { BooleanInput, Create, SaveButton, SimpleForm, Toolbar, useTranslate } from 'react-admin';
import { CloseAbsentInput } from './CloseAbsentInput';
import { CsvFileInput } from './CsvFileInput';
import { ImportKindInput } from './ImportKindInput';
import { UploadProgressBar } from './UploadProgressBar';
import { useStartImport } from './useStartImport';

/** Every import starts with a dry run: the console never writes a file to the base unseen. */
const DirectoryImportCreate = () => {
  const translate = useTranslate();
  const { submit, upload } = useStartImport();
  const busy = upload !== null;
  return (
    <Create title="resources.directoryImports.new">
      <SimpleForm
        onSubmit={submit}
        defaultValues={{ kind: 'SCHOOLS', allDepartments: false, closeAbsent: false }}
        toolbar={
          <Toolbar>
            <SaveButton label="resources.directoryImports.form.submit" alwaysEnable={!busy} disabled={busy} />
          </Toolbar>
        }
        sx={{ maxWidth: 800 }}
      >
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.directoryImports.form.dryRunNotice')}
        </Alert>
        <ImportKindInput disabled={busy} />
        <BooleanInput source="allDepartments" helperText="resources.directoryImports.form.allDepartmentsHint" disabled={busy} />
        <CloseAbsentInput disabled={busy} />
        <CsvFileInput source="file" disabled={busy} />
        {upload && <UploadProgressBar upload={upload} />}
      </SimpleForm>
    </Create>
  );
};

export default DirectoryImportCreate;
