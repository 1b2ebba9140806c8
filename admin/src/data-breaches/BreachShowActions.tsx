import { TopToolbar } from 'react-admin';
import { InformSubjectsButton } from './InformSubjectsButton';
import { NotifyBreachButton } from './NotifyBreachButton';

/** Notify the CNIL, inform the people: each button shows while its step is still to do. */
export const BreachShowActions = () => (
  <TopToolbar>
    <NotifyBreachButton />
    <InformSubjectsButton />
  </TopToolbar>
);
