import { EditButton, TopToolbar } from 'react-admin';
import { ResetPasswordButton } from './ResetPasswordButton';
import { RevokeSessionsButton } from './RevokeSessionsButton';
import { ToggleUserActiveButton } from './ToggleUserActiveButton';

export const UserShowActions = () => (
  <TopToolbar>
    <EditButton />
    <ResetPasswordButton />
    <RevokeSessionsButton />
    <ToggleUserActiveButton />
  </TopToolbar>
);
