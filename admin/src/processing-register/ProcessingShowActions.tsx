import { EditButton, TopToolbar } from 'react-admin';
import { DeleteProcessingButton } from './DeleteProcessingButton';

export const ProcessingShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteProcessingButton />
  </TopToolbar>
);
