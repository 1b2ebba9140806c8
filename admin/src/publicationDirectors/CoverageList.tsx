import { FilterButton, List, TopToolbar } from 'react-admin';
import { TerritorySelectInput } from '../territory/TerritorySelectInput';
import { CoverageExportButton } from './CoverageExportButton';
import { CoverageSummaryGrid } from './CoverageSummaryGrid';

export const coverageFilters = [<TerritorySelectInput key="department" source="departmentCode" reference="departments" alwaysOn />];

const CoverageListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CoverageExportButton />
  </TopToolbar>
);

/** Every circonscription of the perimeter with its coverage (the academic team and the DPO read them all). */
const CoverageList = () => (
  <List filters={coverageFilters} sort={{ field: 'name', order: 'ASC' }} actions={<CoverageListActions />} exporter={false}>
    <CoverageSummaryGrid />
  </List>
);

export default CoverageList;
