import { Box, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { mayAccess } from '../auth/access';
import type { Permissions } from '../auth/permissions';
import { DASHBOARD_CARDS } from './dashboardCards';
import { DashboardTile } from './DashboardTile';
import { Welcome } from './Welcome';

const PublicationCoverageHome = lazy(() => import('../publicationDirectors/PublicationCoverageHome'));

/** The home page: a welcome, then a tile for each module the user's role may use. */
const Dashboard = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const cards = permissions ? DASHBOARD_CARDS.filter((card) => mayAccess(permissions, card.resource, 'list')) : [];
  return (
    <Box sx={{ mt: 2, mb: 4, display: 'grid', gap: 3 }}>
      <Title title="ent.dashboard.title" />
      <Welcome />
      <Suspense fallback={null}>
        <PublicationCoverageHome />
      </Suspense>
      <section>
        <Typography variant="h5" component="h2" gutterBottom>
          {translate('ent.dashboard.modules')}
        </Typography>
        <div className="fr-grid-row fr-grid-row--gutters">
          {cards.map((card) => (
            <div className="fr-col-12 fr-col-md-6 fr-col-lg-4" key={card.resource}>
              <DashboardTile card={card} />
            </div>
          ))}
        </div>
      </section>
    </Box>
  );
};

export default Dashboard;
