import AttachIcon from '@mui/icons-material/AttachFile';
import { required, SelectInput, useRecordContext } from 'react-admin';
import { CommandFormButton } from '../actions/CommandFormButton';
import { FileUploadInput } from '../forms/FileUploadInput';
import type { ConventionDetailsRecord } from './conventions.api';
import { scanKindChoices } from './conventionEnums';

/**
 * Attaches a scanned PDF: the register extract of the latest deliberation, or the copy signed by both
 * parties once the convention is signed. Offered only when there is something to attach it to.
 */
export const AttachScanButton = () => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  if (!convention) return null;
  const signed = convention.status === 'SIGNED' || convention.status === 'EXPIRED';
  const kinds = scanKindChoices.filter(({ id }) => (id === 'SIGNED_CONVENTION' ? signed : convention.deliberations.length > 0));
  if (!kinds.length) return null;
  return (
    <CommandFormButton
      label="resources.conventions.actions.attachScan"
      icon={<AttachIcon />}
      command="attachConventionScan"
      values={{ id: convention.id, kind: kinds.at(-1)!.id, file: null }}
      title={['resources.conventions.actions.attachScanTitle', { commune: convention.commune.name }]}
      submitLabel="resources.conventions.actions.attachScanSubmit"
      done={() => ['resources.conventions.actions.scanAttached']}
    >
      <SelectInput source="kind" label="resources.conventions.fields.scanKind" choices={kinds} validate={required()} fullWidth />
      <FileUploadInput source="file" label="resources.conventions.fields.scanFile" accept="application/pdf" helperText="resources.conventions.actions.attachScanHint" />
    </CommandFormButton>
  );
};
