import { lazy, Suspense } from 'react';
import { Admin, CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import audit from './audit';
import campaigns from './campaigns';
import { authProvider } from './auth';
import circonscriptions from './circonscriptions';
import communeContacts from './communeContacts';
import communes from './communes';
import dataBreaches from './data-breaches';
import dataSubjectRequests from './data-requests';
import { dataProvider } from './dataProvider';
import directoryImports from './directory-imports';
import conventions from './conventions';
import groupings from './groupings';
import { i18nProvider } from './i18n/i18nProvider';
import incidents from './incidents';
import { AppLayout } from './layout/AppLayout';
import { useDsfrMuiTheme } from './layout/useDsfrMuiTheme';
import letterTemplates from './letter-templates';
import notifications from './notifications';
import processingActivities from './processing-register';
import publicationCoverage from './publicationDirectors';
import { publicationDirectorRoutes } from './publicationDirectors/routes';
import payments from './payments';
import schools from './schools';
import users from './users';

const { Route } = reactRouterProvider;

// Screens outside the resources, each its own chunk like the resources' views.
const LoginPage = lazy(() => import('./auth/LoginPage'));
const Dashboard = lazy(() => import('./dashboard/Dashboard'));
const AccountPage = lazy(() => import('./account/AccountPage'));
const RenewalPage = lazy(() => import('./conventions/renewal/RenewalPage'));

/**
 * The console. Every screen needs a session (`requireAuth`); the menu, buttons and pages follow the role
 * (`authProvider.canAccess`), while the API enforces the same rules. main.tsx gives it its router.
 */
export const App = () => {
  const theme = useDsfrMuiTheme();
  return (
    <Admin
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      theme={theme}
      layout={AppLayout}
      dashboard={Dashboard}
      // The login page is drawn outside the layout, which holds the Suspense of the other screens.
      loginPage={
        <Suspense fallback={null}>
          <LoginPage />
        </Suspense>
      }
      requireAuth
      disableTelemetry
    >
      <Resource name="schools" {...schools} />
      <Resource name="communes" {...communes} />
      <Resource name="circonscriptions" {...circonscriptions} />
      <Resource name="conventions" {...conventions} />
      <Resource name="campaigns" {...campaigns} />
      <Resource name="groupings" {...groupings} />
      <Resource name="payments" {...payments} />
      <Resource name="communeContacts" {...communeContacts} />
      <Resource name="directoryImports" {...directoryImports} />
      <Resource name="publicationCoverage" {...publicationCoverage} />
      <Resource name="incidents" {...incidents} />
      <Resource name="users" {...users} />
      <Resource name="audit" {...audit} />
      <Resource name="notifications" {...notifications} />
      <Resource name="dataSubjectRequests" {...dataSubjectRequests} />
      <Resource name="dataBreaches" {...dataBreaches} />
      <Resource name="processingActivities" {...processingActivities} />
      <Resource name="letterTemplates" {...letterTemplates} />
      <CustomRoutes>
        <Route path="/account" element={<AccountPage />} />
        {publicationDirectorRoutes}
        <Route path="/renewal" element={<RenewalPage />} />
      </CustomRoutes>
    </Admin>
  );
};
