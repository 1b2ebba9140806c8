import SignIcon from '@mui/icons-material/HistoryEdu';
import { CommandFormButton } from '../actions/CommandFormButton';
import { SignatureDatesInputs } from './SignatureDatesInputs';

/** Both parties sign an amendment, after the convention itself. */
export const SignAmendmentButton = ({ amendment }: { amendment: { id: string; number: number } }) => (
  <CommandFormButton
    label="resources.conventions.actions.signAmendment"
    icon={<SignIcon />}
    command="signAmendment"
    values={{ id: amendment.id, communeSignedOn: null, academySignedOn: null }}
    title={['resources.conventions.actions.signAmendmentTitle', { number: amendment.number }]}
    submitLabel="resources.conventions.actions.signSubmit"
    done={() => ['resources.conventions.actions.amendmentSigned', { number: amendment.number }]}
  >
    <SignatureDatesInputs />
  </CommandFormButton>
);
