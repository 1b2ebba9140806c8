import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';

/** The page's `lang` follows the chosen language (screen readers pronounce accordingly). */
export function useDocumentLanguage(): void {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}
