import { SaveButton, Toolbar } from 'react-admin';

/** Save only: the API has no delete, so react-admin's default Delete button would always fail. */
export const SaveToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
