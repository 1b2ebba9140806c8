import type { ReactNode } from 'react';
import { Layout, LayoutClasses } from 'react-admin';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';
import { useDocumentLanguage } from './useDocumentLanguage';

/** react-admin's layout under the DSFR header. */
export const AppLayout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  return (
    // The app bar is in the page flow, so the frame needs no room reserved for a fixed bar.
    <Layout appBar={AppBar} menu={AppMenu} appBarAlwaysOn sx={{ [`& .${LayoutClasses.appFrame}`]: { marginTop: 0 } }}>
      {children}
    </Layout>
  );
};
