import { Header, type HeaderProps } from '@codegouvfr/react-dsfr/Header';
import { LanguageSelect } from '@codegouvfr/react-dsfr/LanguageSelect';
import { useLocaleState, useTranslate } from 'react-admin';

const LANGUAGES = ['fr', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
const isLanguage = (locale: string): locale is Language => (LANGUAGES as readonly string[]).includes(locale);

/**
 * The State's header: Marianne block, service name, then the quick access items (the signed-in user's
 * account links, from the layout) and the language switch.
 */
export const DsfrHeader = ({ quickAccessItems = [] }: { quickAccessItems?: HeaderProps.QuickAccessItem[] }) => {
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
        ...quickAccessItems,
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
