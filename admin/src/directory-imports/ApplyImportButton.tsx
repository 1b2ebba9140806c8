import ApplyIcon from '@mui/icons-material/PlayArrow';
import ResumeIcon from '@mui/icons-material/Replay';
import { useTranslate } from 'react-admin';
import { CommandButton } from '../actions/CommandButton';
import { useCommand } from '../dataProvider/useCommand';
import { formatInteger } from '../format/frenchFormats';
import type { DirectoryImportRecord } from './directoryImports.api';
import { describeCounts } from './describeCounts';

/**
 * « Appliquer » after the dry run, « Reprendre » after a failed apply (it continues after the last committed
 * batch), each after a confirmation. A failed dry run offers neither: the server would then apply the file
 * unseen; a new import is the way. Once sent, the page polls the run again.
 */
export const ApplyImportButton = ({ run }: { run: DirectoryImportRecord }) => {
  const translate = useTranslate();
  const apply = useCommand('applyDirectoryImport');
  const resuming = run.status === 'FAILED' && run.phase === 'APPLY';
  if (run.status !== 'ANALYSED' && !resuming) return null;
  const messages = `resources.directoryImports.${resuming ? 'resume' : 'apply'}`;
  const options = {
    id: run.id,
    summary: describeCounts(run.counts, ['CREATE', 'UPDATE', 'CLOSE'], translate) || translate('resources.directoryImports.report.noChange'),
    line: formatInteger(run.progress.lastCommittedLine),
  };
  return (
    <CommandButton
      label={`${messages}.action`}
      icon={resuming ? <ResumeIcon /> : <ApplyIcon />}
      variant="contained"
      run={() => apply(run.id)}
      done={() => [`${messages}.done`]}
      confirm={{ title: `${messages}.title`, content: `${messages}.content`, options }}
    />
  );
};
