import ResetIcon from '@mui/icons-material/RestartAlt';
import { useRecordContext } from 'react-admin';
import { CommandButton } from '../actions/CommandButton';
import { useCommand } from '../dataProvider/useCommand';
import type { LetterTemplateRecord } from './letter-templates.api';

/** Back to the default text, after a confirmation; the form then shows it. Not offered for a default. */
export const ResetTemplateButton = () => {
  const template = useRecordContext<LetterTemplateRecord>();
  const reset = useCommand('resetLetterTemplate');
  if (!template || template.isDefault) return null;
  return (
    <CommandButton
      label="resources.letterTemplates.reset.action"
      icon={<ResetIcon />}
      run={() => reset(template.id)}
      done={() => ['resources.letterTemplates.reset.done']}
      confirm={{ title: 'resources.letterTemplates.reset.title', content: 'resources.letterTemplates.reset.content' }}
    />
  );
};
