import { List } from 'react-admin';
import { IncidentGrid } from './IncidentGrid';
import { IncidentListActions } from './IncidentListActions';
import { useIncidentFilters } from './useIncidentFilters';

/** Every incident one may read, most recent first; the API narrows it to one's perimeter. */
const IncidentList = () => (
  <List filters={useIncidentFilters()} sort={{ field: 'reportedAt', order: 'DESC' }} actions={<IncidentListActions />} empty={false}>
    <IncidentGrid />
  </List>
);

export default IncidentList;
