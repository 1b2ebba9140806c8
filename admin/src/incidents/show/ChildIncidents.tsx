import { Typography } from '@mui/material';
import { ArrayField, Datagrid, TextField, useRecordContext, useTranslate } from 'react-admin';
import { IncidentLinkField } from '../fields/IncidentLinkField';
import { StatusField } from '../fields/StatusField';
import type { IncidentRecord } from '../incidents.api';

/** The incidents attached to this major one (those one may read). */
export const ChildIncidents = () => {
  const incident = useRecordContext<IncidentRecord>();
  const translate = useTranslate();
  if (!incident) return null;
  if (!incident.children.length) return <Typography variant="body2">{translate('resources.incidents.major.none')}</Typography>;
  return (
    <ArrayField source="children" label={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <IncidentLinkField source="reference" sortable={false} />
        <TextField source="title" sortable={false} />
        <StatusField source="status" sortable={false} />
      </Datagrid>
    </ArrayField>
  );
};
