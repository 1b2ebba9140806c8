import { Box, Typography } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { mayAccess } from '../auth/access';
import type { Permissions } from '../auth/permissions';
import { DASHBOARD_CARDS, DASHBOARD_SECTIONS } from './dashboardCards';
import { DashboardTile } from './DashboardTile';
import { Welcome } from './Welcome';

/** The home page: a welcome, the sections of the modules that have one (the funnel), then a tile for each module the user's role may use. */
const Dashboard = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const cards = permissions ? DASHBOARD_CARDS.filter((card) => mayAccess(permissions, card.resource, 'list')) : [];
  const sections = permissions ? DASHBOARD_SECTIONS.filter((section) => mayAccess(permissions, section.resource, 'list')) : [];
  return (
    <Box sx={{ mt: 2, mb: 4, display: 'grid', gap: 3 }}>
      <Title title="ent.dashboard.title" />
      <Welcome />
      {sections.map(({ resource, component: Section }) => (
        <Section key={resource} />
      ))}
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
