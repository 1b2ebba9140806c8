import { Datagrid, TextField } from 'react-admin';
import { IntegerField } from '../fields/IntegerField';
import { ShowLinkField } from '../fields/ShowLinkField';
import { NoCoverage } from './NoCoverage';

/** Per circonscription: schools covered, uncovered and mismatched, commune spaces covered and uncovered; a row opens its page. */
export const CoverageSummaryGrid = () => (
  <Datagrid bulkActionButtons={false} rowClick="show" empty={<NoCoverage />}>
    <ShowLinkField source="circonscription.name" sortBy="name" label="resources.publicationCoverage.fields.circonscription" />
    <TextField source="circonscription.department.name" sortBy="departmentCode" label="resources.publicationCoverage.fields.departmentCode" />
    <IntegerField source="coveredSchoolCount" />
    <IntegerField source="uncoveredSchoolCount" />
    <IntegerField source="mismatchedSchoolCount" />
    <IntegerField source="coveredCommuneCount" />
    <IntegerField source="uncoveredCommuneCount" />
  </Datagrid>
);
