import { AppBar as RaAppBar, LoadingIndicator, TitlePortal, type AppBarProps } from 'react-admin';
import { DsfrHeader } from './DsfrHeader';

/**
 * The DSFR header (the page's only banner landmark), then react-admin's bar (menu toggle, page title,
 * loading indicator) in the page flow rather than fixed. That bar is a region named by the page title,
 * which is the page's h1.
 */
export const AppBar = (_props: AppBarProps) => (
  <>
    <DsfrHeader />
    <RaAppBar
      alwaysOn
      position="static"
      component="section"
      aria-labelledby="react-admin-title"
      color="default"
      elevation={0}
      userMenu={false}
      toolbar={<LoadingIndicator />}
    >
      <TitlePortal component="h1" />
    </RaAppBar>
  </>
);
