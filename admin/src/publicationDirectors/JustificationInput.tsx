import { maxLength, required, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';

/** Article 6 names the school's director and the référent ville: anyone else (OTHER) must be justified. */
export const JustificationInput = () => {
  const fn: unknown = useWatch({ name: 'function' });
  if (fn !== 'OTHER') return null;
  return (
    <TextInput
      source="justification"
      validate={[required(), maxLength(500)]}
      helperText="resources.publicationDirectors.hints.justification"
      multiline
      minRows={2}
      fullWidth
    />
  );
};
