import { ConventionFunnelDocument } from '../../graphql/generated/graphql';
import { operation } from '../../dataProvider/resourceApi';
import type { Values } from '../../dataProvider/values';
import { yearScope } from './funnel.api';

export const funnelCommands = {
  conventionFunnel: operation(ConventionFunnelDocument, (filter: Values) => ({ scope: yearScope(filter) }), ({ conventionFunnel }) => conventionFunnel),
};
