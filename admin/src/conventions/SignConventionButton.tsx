import SignIcon from '@mui/icons-material/HistoryEdu';
import { useRecordContext } from 'react-admin';
import { CommandFormButton } from '../actions/CommandFormButton';
import type { ConventionDetailsRecord } from './conventions.api';
import { SignatureDatesInputs } from './SignatureDatesInputs';

/** DELIBERATED → SIGNED with both signature dates; the amount and the end date are then frozen. */
export const SignConventionButton = () => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  if (!convention) return null;
  const options = { commune: convention.commune.name, schoolYear: convention.schoolYear };
  return (
    <CommandFormButton
      label="resources.conventions.actions.sign"
      icon={<SignIcon />}
      command="signConvention"
      values={{ id: convention.id, communeSignedOn: null, academySignedOn: null }}
      title={['resources.conventions.actions.signTitle', options]}
      explanation={['resources.conventions.actions.signExplanation']}
      submitLabel="resources.conventions.actions.signSubmit"
      done={() => ['resources.conventions.actions.signed', options]}
    >
      <SignatureDatesInputs />
    </CommandFormButton>
  );
};
