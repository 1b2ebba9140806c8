import { AuditChainDocument } from '../graphql/generated/graphql';
import { operation } from '../dataProvider/resourceApi';

export const auditCommands = {
  /** The server recomputes every link of the chain: ask once per visit of the audit page. */
  auditChain: operation(AuditChainDocument, (_: void) => ({}), ({ auditChain }) => auditChain),
};
