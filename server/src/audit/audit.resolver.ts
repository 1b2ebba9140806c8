import { Args, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { parseId } from '../common/ids.js';
import { listPage } from '../common/list.js';
import { OrderDirection, PageType, pageWants } from '../common/pagination.js';
import { Selection } from '../common/selection.js';
import { toInstant } from '../common/sql.js';
import { Roles } from '../auth/access.js';
import { Role } from '../auth/auth.enums.js';
import { AuditEntry } from './audit-entry.entity.js';
import { verifyAuditChain } from './audit-chain.js';
import { AuditEntriesArgs, AuditEntryOrderField } from './audit.inputs.js';

@ObjectType() export class AuditEntryPage extends PageType(AuditEntry) {}

@ObjectType({ description: 'Un champ modifié : valeurs avant et après, en JSON.' })
export class AuditChange {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType({ description: 'Vérification du chaînage du journal d’audit.' })
export class AuditChainStatus {
  @Field(() => Boolean) intact!: boolean;
  @Field(() => Int) checkedEntries!: number;
  @Field(() => String, { nullable: true, description: 'Première entrée dont l’empreinte ou le lien ne correspond pas.' }) firstBrokenEntryId!: string | null;
  @Field(() => Int, { description: 'Entrées anciennes pas encore scellées (le scellement est en retard).' }) unsealedEntries!: number;
}

interface AuditEntryView {
  id: string; at: Date; actorUserId: number | null; actorEmail: string | null; requestId: string | null; operation: string;
  targetType: string | null; targetId: string | null; changes: string | null; chainPosition: string | null; hash: string | null;
}

const COLUMNS = [
  'a.id as id', 'a.at as at', 'a.actor_user_id as actorUserId', 'a.actor_email as actorEmail', 'a.request_id as requestId', 'a.operation as operation',
  'a.target_type as targetType', 'a.target_id as targetId', 'a.changes as changes', 'a.chain_position as chainPosition', 'a.hash as hash',
];

/** The audit trail: administrators and the DPO (entries may hold personal data). */
@Resolver(() => AuditEntry)
export class AuditResolver {
  @Roles(Role.ADMIN, Role.DPO)
  @Query(() => AuditEntryPage, { description: 'Journal d’audit, du plus récent au plus ancien par défaut.' })
  auditEntries(@Args(() => AuditEntriesArgs) args: AuditEntriesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const filter = args.filter ?? {};
    const wants = pageWants(Selection.of(info));
    return listPage(ctx.em, {
      from: 'audit_entry as a',
      key: 'a.id',
      where: (q) => {
        if (filter.targetType) q = q.where('a.target_type', '=', filter.targetType);
        if (filter.targetId) q = q.where('a.target_id', '=', filter.targetId);
        if (filter.actorUserId) q = q.where('a.actor_user_id', '=', parseId(filter.actorUserId, 'actorUserId'));
        if (filter.operation) q = q.where('a.operation', '=', filter.operation);
        if (filter.from) q = q.where('a.at', '>=', filter.from);
        if (filter.to) q = q.where('a.at', '<', filter.to);
        return q;
      },
      orderColumns: { [AuditEntryOrderField.AT]: 'a.id' },
      orderBy: args.orderBy,
      defaultOrder: [{ field: AuditEntryOrderField.AT, direction: OrderDirection.DESC }],
      select: (q) => q.select(COLUMNS),
      toView: (row): AuditEntryView => ({
        ...(row as unknown as AuditEntryView), id: String(row.id), at: toInstant(row.at)!,
        chainPosition: row.chainPosition == null ? null : String(row.chainPosition),
      }),
      offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
    });
  }

  @Roles(Role.ADMIN, Role.DPO)
  @Query(() => AuditChainStatus, { description: 'Recalcule le chaînage du journal et signale le premier maillon rompu.' })
  auditChain(@Ctx() ctx: RequestContext) {
    return verifyAuditChain(ctx.em, ctx.now);
  }

  @FieldResolver(() => [AuditChange])
  changes(@Root() entry: AuditEntryView): AuditChange[] {
    return changeList(entry.changes);
  }
}

/** Stored changes (`{ field: [before, after] }` in JSON) as the GraphQL list, values in JSON. */
export function changeList(changes: string | null): AuditChange[] {
  if (!changes) return [];
  return Object.entries(JSON.parse(changes) as Record<string, [unknown, unknown]>)
    .map(([field, [before, after]]) => ({ field, before: JSON.stringify(before), after: JSON.stringify(after) }));
}
