import type { Identifier } from 'react-admin';
import { Datagrid, List, SelectField, SelectInput, TextField } from 'react-admin';
import { UaiField } from '../fields/UaiField';
import { importOutcomeChoices } from './importEnums';
import { ImportItemDetailsField } from './ImportItemDetailsField';

const itemFilters = [<SelectInput key="outcome" source="outcome" choices={importOutcomeChoices} alwaysOn sx={{ minWidth: 240 }} />];

/**
 * The report's lines in file order (absent schools last), page by page, filtered by outcome. A list
 * inside the run's page: its filters live in the component, not in the URL nor the store.
 */
export const ImportItemList = ({ runId }: { runId: Identifier }) => (
  <List
    resource="directoryImportItems"
    filter={{ runId }}
    filters={itemFilters}
    actions={false}
    title={false}
    disableSyncWithLocation
    storeKey={false}
    exporter={false}
    empty={false}
    perPage={25}
  >
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <TextField source="line" sortable={false} emptyText="—" />
      <UaiField source="targetId" sortable={false} />
      <TextField source="label" sortable={false} />
      <SelectField source="outcome" choices={importOutcomeChoices} sortable={false} />
      <ImportItemDetailsField source="changes" sortable={false} />
    </Datagrid>
  </List>
);
