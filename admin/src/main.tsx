import '@codegouvfr/react-dsfr/main.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useLocaleState } from 'react-admin';
import { App } from './App';

// DSFR components speak the console's language (they are all rendered inside react-admin's context).
startReactDsfr({ defaultColorScheme: 'system', useLang: () => useLocaleState()[0] });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
