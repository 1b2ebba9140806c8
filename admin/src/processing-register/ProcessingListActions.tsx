import { CreateButton, TopToolbar } from 'react-admin';
import { RegisterExportLinks } from './RegisterExportLinks';

/** The exports of the whole register next to « Créer ». */
export const ProcessingListActions = () => (
  <TopToolbar sx={{ alignItems: 'center', gap: 2 }}>
    <RegisterExportLinks />
    <CreateButton />
  </TopToolbar>
);
