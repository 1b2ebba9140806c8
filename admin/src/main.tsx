import '@codegouvfr/react-dsfr/main.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useLocaleState } from 'react-admin';
import { createHashRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { App } from './App';

// DSFR components speak the console's language (they are all rendered inside react-admin's context).
startReactDsfr({ defaultColorScheme: 'system', useLang: () => useLocaleState()[0] });

/**
 * The console brings its own hash router, which react-admin uses instead of creating one, so as to turn
 * off React transitions for navigations: with them, a signed-out visitor's redirection to the login page
 * can be restarted over and over by the screen it leaves, which keeps checking the session
 * (marmelab/react-admin#10885).
 */
const router = createHashRouter([{ path: '*', element: <App /> }]);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} useTransitions={false} />
  </StrictMode>,
);
