import GavelIcon from '@mui/icons-material/Gavel';
import { useRecordContext } from 'react-admin';
import { CommandFormButton } from '../actions/CommandFormButton';
import type { ConventionDetailsRecord } from './conventions.api';
import { DeliberationInputs } from './DeliberationInputs';
import { EMPTY_DELIBERATION } from './deliberationInput';

/**
 * Records the council's vote on a sent convention: adopted, it becomes DELIBERATED; rejected, it stays
 * SENT with the vote on record (a new deliberation may follow).
 */
export const RecordDeliberationButton = () => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  if (!convention) return null;
  const options = { commune: convention.commune.name };
  return (
    <CommandFormButton
      label="resources.conventions.actions.deliberate"
      icon={<GavelIcon />}
      command="recordDeliberation"
      values={{ ...EMPTY_DELIBERATION, id: convention.id }}
      title={['resources.conventions.actions.deliberateTitle', options]}
      explanation={['resources.conventions.actions.deliberateExplanation']}
      submitLabel="resources.conventions.actions.deliberateSubmit"
      done={(status) => [status === 'DELIBERATED' ? 'resources.conventions.actions.adopted' : 'resources.conventions.actions.rejected', options]}
      maxWidth="md"
    >
      <DeliberationInputs />
    </CommandFormButton>
  );
};
