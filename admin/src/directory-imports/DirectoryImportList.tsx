import { CreateButton, Datagrid, List, SelectField, SelectInput, TextField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { ShowLinkField } from '../fields/ShowLinkField';
import { ImportCountsField } from './ImportCountsField';
import { importKindChoices, importStatusChoices } from './importEnums';
import { ImportStateField } from './ImportStateField';

/** Both filters run on the server (DirectoryImportFilter). */
export const directoryImportFilters = [
  <SelectInput key="kind" source="kind" choices={importKindChoices} alwaysOn sx={{ minWidth: 240 }} />,
  <SelectInput key="status" source="status" choices={importStatusChoices} alwaysOn sx={{ minWidth: 200 }} />,
];

const actions = (
  <TopToolbar>
    <CreateButton label="resources.directoryImports.new" />
  </TopToolbar>
);

/** The runs, newest first: the academic team sees its own, administrators everyone's. */
const DirectoryImportList = () => (
  <List filters={directoryImportFilters} actions={actions} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateTimeField source="createdAt" />
      <SelectField source="kind" choices={importKindChoices} sortable={false} />
      <ShowLinkField source="fileName" sortable={false} />
      <TextField source="requester.displayName" label="resources.directoryImports.fields.requester" emptyText="resources.directoryImports.commandLine" sortable={false} />
      <ImportStateField source="status" sortable={false} />
      <ImportCountsField source="counts" sortable={false} />
    </Datagrid>
  </List>
);

export default DirectoryImportList;
