import polyglotI18nProvider from 'ra-i18n-polyglot';
import french from './fr';

/** French is bundled (the default); English is fetched the first time someone switches to it. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? import('./en').then((module) => module.default) : french),
  'fr',
  [
    { locale: 'fr', name: 'Français' },
    { locale: 'en', name: 'English' },
  ],
);
