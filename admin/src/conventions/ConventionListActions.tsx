import RenewIcon from '@mui/icons-material/Autorenew';
import { Button, CreateButton, FilterButton, LinkBase, TopToolbar, useCanAccess } from 'react-admin';
import { ConventionExportButton } from './ConventionExportButton';

/** Above the list: more filters, a new convention, the CSV of the filtered year, the yearly renewal. */
export const ConventionListActions = () => {
  const { canAccess: mayRenew } = useCanAccess({ resource: 'conventions', action: 'renew' });
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <ConventionExportButton />
      {mayRenew && (
        <Button component={LinkBase} label="resources.conventions.renewal.action" to="/renewal">
          <RenewIcon />
        </Button>
      )}
    </TopToolbar>
  );
};
