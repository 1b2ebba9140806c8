import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { useListContext } from 'react-admin';
import { CommandButton } from '../actions/CommandButton';
import { useCommand, type CommandResult } from '../dataProvider/useCommand';
import { formatDate } from '../format/frenchFormats';

export type AssignedDirectors = CommandResult<'assignProposedPublicationDirectors'>;

/**
 * The bulk action of the preview: designates the directory's director of each selected school, after a
 * confirmation, all or nothing: a stale preview (a school no longer ready) is CONFLICT and writes nothing.
 */
export const AssignProposalsButton = ({ circonscriptionId, startDate, onAssigned }: {
  circonscriptionId: string;
  startDate: string;
  onAssigned: (assigned: AssignedDirectors) => void;
}) => {
  const { selectedIds, onUnselectItems } = useListContext();
  const assign = useCommand('assignProposedPublicationDirectors');
  const options = { smart_count: selectedIds.length, date: formatDate(startDate) };
  return (
    <CommandButton
      label="resources.publicationDirectors.proposals.assign"
      icon={<GroupAddIcon />}
      run={() => assign({ circonscriptionId, startDate, schoolUais: selectedIds.map(String) })}
      done={(assigned) => ['resources.publicationDirectors.proposals.done', { smart_count: assigned.length }]}
      onDone={(assigned) => {
        onUnselectItems();
        onAssigned(assigned);
      }}
      confirm={{ title: 'resources.publicationDirectors.proposals.confirmTitle', content: 'resources.publicationDirectors.proposals.confirmContent', options }}
    />
  );
};
