import { Checkbox } from '@mui/material';
import { useListContext, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { ProposalRecord } from './publicationDirectors.commands';

/**
 * Ticks a ready school for the bulk assignment. The grid's own selection column puts its label on the
 * checkbox's wrapper, not on the input (axe: `label`, `aria-prohibited-attr`): this one names the input
 * after the school, and only ready schools can be ticked.
 */
export const ProposalCheckbox = (_props: Pick<FieldProps, 'label' | 'sortable'>) => {
  const proposal = useRecordContext<ProposalRecord>();
  const { selectedIds, onToggleItem } = useListContext();
  const translate = useTranslate();
  if (!proposal) return null;
  const ready = proposal.status === 'READY';
  return (
    <Checkbox
      size="small"
      checked={ready && selectedIds.includes(proposal.id)}
      disabled={!ready}
      onChange={() => onToggleItem(proposal.id)}
      slotProps={{ input: { 'aria-label': translate('resources.publicationDirectors.proposals.tick', { name: proposal.school.name }) } }}
    />
  );
};
