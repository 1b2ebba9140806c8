import { ArrayField, Datagrid, TextField, useRecordContext } from 'react-admin';
import { AssignDirectorField } from './AssignDirectorField';
import type { CoverageRecord } from './coverage.api';
import { CoverageSection } from './CoverageSection';
import { NothingToDo } from './NothingToDo';
import { ScopeNameField } from './ScopeNameField';

/** The communes of the circonscription's served schools whose reserved spaces have no publication director today. */
export const UncoveredCommunesSection = () => {
  const coverage = useRecordContext<CoverageRecord>();
  if (!coverage) return null;
  return (
    <CoverageSection title="resources.publicationCoverage.sections.uncoveredCommunes" count={coverage.uncoveredCommuneCount}>
      <ArrayField source="uncoveredCommunes">
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<NothingToDo message="resources.publicationCoverage.nothingToDo.communes" />}>
          <TextField source="inseeCode" label="resources.publicationCoverage.fields.inseeCode" />
          <ScopeNameField source="name" label="resources.publicationCoverage.fields.commune" kind="commune" />
          <AssignDirectorField label="resources.publicationCoverage.fields.action" sortable={false} kind="commune" />
        </Datagrid>
      </ArrayField>
    </CoverageSection>
  );
};
