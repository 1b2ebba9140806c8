import AddIcon from '@mui/icons-material/PostAdd';
import { useRecordContext } from 'react-admin';
import { CommandFormButton } from '../actions/CommandFormButton';
import type { ConventionDetailsRecord } from './conventions.api';
import { EligibleSchoolsInput } from './EligibleSchoolsInput';

/** Adds schools to a signed convention through an amendment (avenant), with its own amount at the frozen price. */
export const AmendConventionButton = () => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  if (!convention) return null;
  const options = { commune: convention.commune.name };
  return (
    <CommandFormButton
      label="resources.conventions.actions.amend"
      icon={<AddIcon />}
      command="amendConvention"
      values={{ id: convention.id, schoolUais: [] }}
      title={['resources.conventions.actions.amendTitle', options]}
      explanation={['resources.conventions.actions.amendExplanation']}
      submitLabel="resources.conventions.actions.amendSubmit"
      done={() => ['resources.conventions.actions.amended', options]}
    >
      <EligibleSchoolsInput communeInseeCode={convention.commune.inseeCode} excluded={convention.schools.map((school) => school.uai)} />
    </CommandFormButton>
  );
};
