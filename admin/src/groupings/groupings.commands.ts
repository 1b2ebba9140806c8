import type { Identifier } from 'react-admin';
import { DeleteGroupingDocument } from '../graphql/generated/graphql';
import { operation } from '../dataProvider/resourceApi';

export const groupingCommands = {
  /** Deletes a grouping: its schools are paid by their own commune again. */
  deleteGrouping: operation(DeleteGroupingDocument, (id: Identifier) => ({ id: String(id) }), ({ deleteGrouping }) => deleteGrouping),
};
