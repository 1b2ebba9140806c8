import { Header } from '@codegouvfr/react-dsfr/Header';
import { LanguageSelect } from '@codegouvfr/react-dsfr/LanguageSelect';
import { useLocaleState, useTranslate } from 'react-admin';

const LANGUAGES = ['fr', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
const isLanguage = (locale: string): locale is Language => (LANGUAGES as readonly string[]).includes(locale);

/** The State's header: Marianne block, service name, and the language switch as a quick access item. */
export const DsfrHeader = () => {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  return (
    <Header
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      homeLinkProps={{ href: '#/', title: translate('ent.header.home') }}
      serviceTitle={translate('ent.header.serviceTitle')}
      serviceTagline={translate('ent.header.serviceTagline')}
      quickAccessItems={[
        <LanguageSelect<Language>
          key="language"
          supportedLangs={LANGUAGES}
          fullNameByLang={{ fr: 'Français', en: 'English' }}
          lang={isLanguage(locale) ? locale : 'fr'}
          setLang={setLocale}
        />,
      ]}
    />
  );
};
