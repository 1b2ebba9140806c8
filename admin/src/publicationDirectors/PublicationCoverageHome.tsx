import { Card, Typography } from '@mui/material';
import { useId } from 'react';
import { ListBase, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../auth/permissions';
import { CoverageSummaryGrid } from './CoverageSummaryGrid';

/**
 * The ERUN's home section: the coverage of their own circonscriptions at a glance, each row opening its
 * page. Shown to the holders of an ERUN grant only: for region-wide readers it would be every circonscription
 * of Occitanie, which the « Directeurs de publication » list filters by department.
 */
const PublicationCoverageHome = () => {
  const translate = useTranslate();
  const titleId = useId();
  const { permissions } = usePermissions<Permissions>();
  if (!permissions?.roles.includes('ERUN')) return null;
  return (
    <section aria-labelledby={titleId}>
      <Typography variant="h5" component="h2" gutterBottom id={titleId}>
        {translate('resources.publicationCoverage.home.title')}
      </Typography>
      <Typography variant="body2" component="p" sx={{ mb: 1 }}>
        {translate('resources.publicationCoverage.home.intro')}
      </Typography>
      {/* Its own list state: neither the URL nor the list page's saved sort and page. */}
      <ListBase resource="publicationCoverage" sort={{ field: 'name', order: 'ASC' }} perPage={100} disableSyncWithLocation storeKey={false}>
        <Card variant="outlined">
          <CoverageSummaryGrid />
        </Card>
      </ListBase>
    </section>
  );
};

export default PublicationCoverageHome;
