import { Arg, Args, ArgsType, Ctx, Field, ID, Info, InputType, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { IsOptional, Length, ValidateNested } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { parseId } from '../common/ids.js';
import { listPage } from '../common/list.js';
import { OrderDirection, OrderInput, PageArgs, PageType, pageWants } from '../common/pagination.js';
import { Selection } from '../common/selection.js';
import { execute, sqlBuilder, toInstant } from '../common/sql.js';
import { ConflictError } from '../errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { Roles } from '../auth/access.js';
import { Role } from '../auth/auth.enums.js';
import { Notification } from './notification.entity.js';
import { NotificationStatus } from './notification.enums.js';

export enum NotificationOrderField { CREATED_AT = 'CREATED_AT' }
registerEnumType(NotificationOrderField, { name: 'NotificationOrderField' });

@InputType() export class NotificationOrder extends OrderInput(NotificationOrderField) {}

@InputType()
export class NotificationFilter {
  @Field(() => NotificationStatus, { nullable: true }) status?: NotificationStatus | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 80) kind?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 254) toEmail?: string | null;
}

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => NotificationFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: NotificationFilter | null;
  @Field(() => [NotificationOrder], { nullable: true }) orderBy?: NotificationOrder[] | null;
}

@ObjectType() export class NotificationPage extends PageType(Notification) {}

const COLUMNS = [
  'n.id as id', 'n.kind as kind', 'n.to_email as toEmail', 'n.subject as subject', 'n.status as status', 'n.attempts as attempts',
  'n.last_error as lastError', 'n.created_at as createdAt', 'n.sent_at as sentAt',
];

/** The outbox, for administrators: what was sent, what waits, what failed and why. */
@Resolver(() => Notification)
export class NotificationsResolver {
  @Roles(Role.ADMIN)
  @Query(() => NotificationPage, { description: 'File d’envoi des courriels (les plus récents d’abord).' })
  notifications(@Args(() => NotificationsArgs) args: NotificationsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const { status, kind, toEmail } = args.filter ?? {};
    const wants = pageWants(Selection.of(info));
    return listPage(ctx.em, {
      from: 'notification as n',
      key: 'n.id',
      where: (q) => {
        if (status) q = q.where('n.status', '=', status);
        if (kind) q = q.where('n.kind', '=', kind);
        if (toEmail) q = q.where('n.to_email', '=', toEmail.trim().toLowerCase());
        return q;
      },
      orderColumns: { [NotificationOrderField.CREATED_AT]: 'n.id' },
      orderBy: args.orderBy,
      defaultOrder: [{ field: NotificationOrderField.CREATED_AT, direction: OrderDirection.DESC }],
      select: (q) => q.select(COLUMNS),
      toView: (row) => ({ ...row, createdAt: toInstant(row.createdAt), sentAt: toInstant(row.sentAt) }),
      offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
    });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Remet en file un courriel abandonné (FAILED) pour un nouvel essai immédiat.' })
  async retryNotification(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const notificationId = parseId(id, 'id');
    await ctx.em.transactional(async (em) => {
      const { affected } = await execute(em, sqlBuilder(em).updateTable('notification')
        .set({ status: NotificationStatus.PENDING, available_at: ctx.now, claimed_until: null })
        .where('id', '=', notificationId).where('status', '=', NotificationStatus.FAILED));
      if (!affected) throw new ConflictError('Seul un courriel abandonné (FAILED) peut être remis en file.');
      recordAudit(em, ctx, { operation: 'retryNotification', targetType: 'Notification', targetId: notificationId, changes: { status: [NotificationStatus.FAILED, NotificationStatus.PENDING] } });
    });
    return true;
  }
}
