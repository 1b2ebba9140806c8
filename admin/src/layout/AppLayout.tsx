import { useEffect, type ReactNode } from 'react';
import { Layout, LayoutClasses, useLocaleState } from 'react-admin';
import { AppBar } from './AppBar';

/** react-admin's layout under the DSFR header; the page's `lang` follows the chosen language. */
export const AppLayout = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    // The app bar is in the page flow, so the frame needs no room reserved for a fixed bar.
    <Layout appBar={AppBar} appBarAlwaysOn sx={{ [`& .${LayoutClasses.appFrame}`]: { marginTop: 0 } }}>
      {children}
    </Layout>
  );
};
