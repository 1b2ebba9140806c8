import { Datagrid, List, SelectField, TextField } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { letterKindChoices } from './letterKindChoices';
import { TemplateOriginField } from './TemplateOriginField';

/** The four letters of a request; a click opens the template's editor. */
const LetterTemplateList = () => (
  <List exporter={false} pagination={false} empty={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <SelectField source="kind" choices={letterKindChoices} sortable={false} />
      <TextField source="subject" sortable={false} />
      <TemplateOriginField source="isDefault" sortable={false} />
      <DateTimeField source="updatedAt" sortable={false} />
    </Datagrid>
  </List>
);

export default LetterTemplateList;
