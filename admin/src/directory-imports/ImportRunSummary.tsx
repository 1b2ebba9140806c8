import { FunctionField, SelectField, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { PageSection } from '../layout/PageSection';
import type { DirectoryImportRecord } from './directoryImports.api';
import { importKindChoices } from './importEnums';

/** The file, who started the run and when, its options, and the départements it may change. */
export const ImportRunSummary = () => {
  const translate = useTranslate();
  const yesNo = (value: boolean) => translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  return (
    <PageSection title="resources.directoryImports.sections.file">
      <SimpleShowLayout sx={{ p: 0 }}>
        <SelectField source="kind" choices={importKindChoices} />
        <TextField source="fileName" />
        <TextField source="requester.displayName" label="resources.directoryImports.fields.requester" emptyText="resources.directoryImports.commandLine" />
        <DateTimeField source="createdAt" />
        <DateTimeField source="finishedAt" />
        <FunctionField<DirectoryImportRecord> source="allDepartments" render={(run) => yesNo(run.allDepartments)} />
        <FunctionField<DirectoryImportRecord> source="closeAbsent" render={(run) => (run.kind === 'SCHOOLS' ? yesNo(run.closeAbsent) : '—')} />
        <FunctionField<DirectoryImportRecord> source="departments" render={(run) => run.departments.join(', ')} />
      </SimpleShowLayout>
    </PageSection>
  );
};
