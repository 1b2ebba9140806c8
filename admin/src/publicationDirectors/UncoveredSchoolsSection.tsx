import { ArrayField, Datagrid, TextField, useRecordContext } from 'react-admin';
import { UaiField } from '../fields/UaiField';
import { AssignDirectorField } from './AssignDirectorField';
import type { CoverageRecord } from './coverage.api';
import { CoverageSection } from './CoverageSection';
import { NothingToDo } from './NothingToDo';
import { ScopeNameField } from './ScopeNameField';

/** The served schools without a publication director today, each with its directory director and « Désigner ». */
export const UncoveredSchoolsSection = () => {
  const coverage = useRecordContext<CoverageRecord>();
  if (!coverage) return null;
  return (
    <CoverageSection title="resources.publicationCoverage.sections.uncoveredSchools" count={coverage.uncoveredSchoolCount}>
      <ArrayField source="uncoveredSchools">
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<NothingToDo message="resources.publicationCoverage.nothingToDo.schools" />}>
          <UaiField source="uai" label="resources.publicationCoverage.fields.uai" />
          <ScopeNameField source="name" label="resources.publicationCoverage.fields.school" kind="school" />
          <TextField source="commune.name" label="resources.publicationCoverage.fields.commune" />
          <TextField source="directorName" label="resources.publicationCoverage.fields.directorName" emptyText="—" />
          <AssignDirectorField label="resources.publicationCoverage.fields.action" sortable={false} kind="school" />
        </Datagrid>
      </ArrayField>
    </CoverageSection>
  );
};
