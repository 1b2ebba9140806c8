import type { Identifier } from 'react-admin';
import { DeleteProcessingActivityDocument } from '../graphql/generated/graphql';
import { operation } from '../dataProvider/resourceApi';

export const processingCommands = {
  /** Refused (CONFLICT) for the ENT-École entry and for an entry that requests concern. */
  deleteProcessingActivity: operation(DeleteProcessingActivityDocument, (id: Identifier) => ({ id: String(id) }), (result) => result.deleteProcessingActivity),
};
