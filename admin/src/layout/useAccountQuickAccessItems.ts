import type { HeaderProps } from '@codegouvfr/react-dsfr/Header';
import { useLogout, useTranslate } from 'react-admin';

/** "My account" and "Sign out" in the DSFR header, for the signed-in user. */
export function useAccountQuickAccessItems(): HeaderProps.QuickAccessItem[] {
  const translate = useTranslate();
  const logout = useLogout();
  return [
    { iconId: 'fr-icon-account-circle-line', text: translate('ent.account.title'), linkProps: { href: '#/account' } },
    {
      iconId: 'fr-icon-logout-box-r-line',
      text: translate('ent.auth.signOut'),
      // After a deliberate sign-out the next person starts from the home page, not from this user's last page.
      buttonProps: { type: 'button', onClick: () => void logout({}, '/login', false) },
    },
  ];
}
