import { Admin, Resource } from 'react-admin';
import circonscriptions from './circonscriptions';
import communes from './communes';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { useDsfrMuiTheme } from './layout/useDsfrMuiTheme';
import schools from './schools';

/**
 * The console. Authentication will come as an `authProvider` prop here (login/me/logout of the API):
 * the data provider already rejects with HttpError 401/403, which its `checkError` will read.
 */
export const App = () => {
  const theme = useDsfrMuiTheme();
  return (
    <Admin dataProvider={dataProvider} i18nProvider={i18nProvider} theme={theme} layout={AppLayout} disableTelemetry>
      <Resource name="schools" {...schools} />
      <Resource name="communes" {...communes} />
      <Resource name="circonscriptions" {...circonscriptions} />
    </Admin>
  );
};
