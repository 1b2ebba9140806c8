import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { Button, LinkBase, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import type { CoverageRecord } from './coverage.api';
import { CoverageExportButton } from './CoverageExportButton';
import { proposalsPath } from './directorScope';

/** The bulk assignment of the directory's directors (those who designate), and the circonscription's CSV. */
export const CoverageShowActions = () => {
  const coverage = useRecordContext<CoverageRecord>();
  const { canAccess } = useCanAccess({ resource: 'publicationDirectors', action: 'edit' });
  if (!coverage) return null;
  return (
    <TopToolbar>
      {canAccess && (
        <Button label="resources.publicationDirectors.proposals.action" component={LinkBase} to={proposalsPath(coverage.id)}>
          <GroupAddIcon />
        </Button>
      )}
      <CoverageExportButton circonscriptionId={coverage.id} />
    </TopToolbar>
  );
};
