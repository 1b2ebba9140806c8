import { BooleanInput } from 'react-admin';
import { useWatch } from 'react-hook-form';

/**
 * « Fermer les écoles absentes du fichier », for the schools directory only: the other files list some
 * schools, so a school's absence from them means nothing (docs/decisions/0011, « To close »).
 */
export const CloseAbsentInput = ({ disabled }: { disabled: boolean }) => {
  const kind: unknown = useWatch({ name: 'kind' });
  if (kind !== 'SCHOOLS') return null;
  return <BooleanInput source="closeAbsent" helperText="resources.directoryImports.form.closeAbsentHint" disabled={disabled} />;
};
