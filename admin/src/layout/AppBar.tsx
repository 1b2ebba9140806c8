import { AppBar as RaAppBar, LoadingIndicator, TitlePortal, useTranslate, type AppBarProps } from 'react-admin';
import { DsfrHeader } from './DsfrHeader';
import { useAccountQuickAccessItems } from './useAccountQuickAccessItems';

/**
 * The DSFR header (the page's only banner landmark), then react-admin's bar (menu toggle, page title,
 * loading indicator) in the page flow rather than fixed. That bar is a region named by the page title,
 * which is the page's h1.
 */
export const AppBar = (_props: AppBarProps) => {
  const translate = useTranslate();
  return (
    <>
      <DsfrHeader quickAccessItems={useAccountQuickAccessItems()} />
      <RaAppBar
        alwaysOn
        position="static"
        component="section"
        aria-labelledby="react-admin-title"
        color="default"
        elevation={0}
        userMenu={false}
        // The spinner shown while requests run is a progressbar: it needs a name (react-admin passes it on).
        toolbar={<LoadingIndicator aria-label={translate('ra.page.loading')} />}
      >
        <TitlePortal component="h1" />
      </RaAppBar>
    </>
  );
};
