import { ArrayField, Datagrid, FunctionField, TextField, useRecordContext } from 'react-admin';
import { DateField } from '../fields/DateField';
import { UaiField } from '../fields/UaiField';
import { AssignDirectorField } from './AssignDirectorField';
import type { CoverageRecord } from './coverage.api';
import { CoverageSection } from './CoverageSection';
import { NothingToDo } from './NothingToDo';
import { PersonName } from './PersonName';
import { ScopeNameField } from './ScopeNameField';

type School = CoverageRecord['mismatchedSchools'][number];

/**
 * Schools whose director in the directory (ONDE) is not their publication director: a director left, an
 * interim stayed on… The ERUN checks and replaces where needed.
 */
export const MismatchedSchoolsSection = () => {
  const coverage = useRecordContext<CoverageRecord>();
  if (!coverage) return null;
  return (
    <CoverageSection title="resources.publicationCoverage.sections.mismatchedSchools" count={coverage.mismatchedSchoolCount}>
      <ArrayField source="mismatchedSchools">
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<NothingToDo message="resources.publicationCoverage.nothingToDo.mismatches" />}>
          <UaiField source="uai" label="resources.publicationCoverage.fields.uai" />
          <ScopeNameField source="name" label="resources.publicationCoverage.fields.school" kind="school" />
          <TextField source="directorName" label="resources.publicationCoverage.fields.directorName" />
          <FunctionField<School>
            source="publicationDirector.lastName"
            label="resources.publicationCoverage.fields.publicationDirector"
            render={(school) => school.publicationDirector && <PersonName person={school.publicationDirector} />}
          />
          <DateField source="publicationDirector.startDate" label="resources.publicationCoverage.fields.since" />
          <AssignDirectorField label="resources.publicationCoverage.fields.action" sortable={false} kind="school" action="resources.publicationDirectors.assign.replace" />
        </Datagrid>
      </ArrayField>
    </CoverageSection>
  );
};
