import { sql, type Compilable } from 'kysely';
import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { byKey } from '../common/loaders.js';
import { listPage } from '../common/list.js';
import { OrderDirection, type Page } from '../common/pagination.js';
import { rows, sqlBuilder, toBool, toInstant } from '../common/sql.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { changesBetween, creation, recordAudit } from '../audit/audit.service.js';
import type { PageWants } from '../territory/territory.service.js';
import { ScopeLevel } from './auth.enums.js';
import type { GrantView } from './current-user.js';
import { normaliseEmail } from './login.service.js';
import { passwordProblem } from './password.rules.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { revokeUserSessions } from './session.service.js';
import { User } from './user.entity.js';
import { UserGrant } from './grant.entity.js';
import { UserOrderField, type CreateUserInput, type GrantInput, type UpdateUserInput, type UsersArgs } from './users.inputs.js';

export interface UserView {
  id: number;
  email: string;
  displayName: string;
  active: boolean;
  passwordChangedAt: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Set when the caller may see them without a check (the account that just signed in). */
  grants?: GrantView[];
}

const USER_COLUMNS = [
  'u.id as id', 'u.email as email', 'u.display_name as displayName', 'u.active as active', 'u.password_changed_at as passwordChangedAt',
  'u.last_login_at as lastLoginAt', 'u.created_at as createdAt', 'u.updated_at as updatedAt',
];

function userView(row: Record<string, unknown>): UserView {
  return {
    id: row.id as number, email: row.email as string, displayName: row.displayName as string, active: toBool(row.active),
    passwordChangedAt: toInstant(row.passwordChangedAt), lastLoginAt: toInstant(row.lastLoginAt),
    createdAt: toInstant(row.createdAt)!, updatedAt: toInstant(row.updatedAt)!,
  };
}

export function listUsers(ctx: RequestContext, args: UsersArgs, wants: PageWants): Promise<Page<UserView>> {
  const { q, role, active } = args.filter ?? {};
  return listPage(ctx.em, {
    from: 'app_user as u',
    key: 'u.id',
    where: (query) => {
      if (q) {
        const pattern = `%${q.trim().toLowerCase()}%`;
        query = query.where((eb) => eb.or([eb(sql`lower(u.email)`, 'like', pattern), eb(sql`lower(u.display_name)`, 'like', pattern)]));
      }
      if (role) query = query.where((eb) => eb.exists(eb.selectFrom('user_grant as g').select('g.id').whereRef('g.user_id', '=', 'u.id').where('g.role', '=', role)));
      if (active != null) query = query.where('u.active', '=', active);
      return query;
    },
    orderColumns: {
      [UserOrderField.EMAIL]: 'u.email', [UserOrderField.DISPLAY_NAME]: 'u.display_name',
      [UserOrderField.LAST_LOGIN_AT]: 'u.last_login_at', [UserOrderField.CREATED_AT]: 'u.created_at',
    },
    orderBy: args.orderBy,
    defaultOrder: [{ field: UserOrderField.EMAIL, direction: OrderDirection.ASC }],
    select: (query) => query.select(USER_COLUMNS),
    toView: userView,
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}

export const userById = byKey<number, UserView>(
  async (em, ids) => (await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('app_user as u').select(USER_COLUMNS).where('u.id', 'in', ids))).map(userView),
  (user) => user.id,
);

/** The grants of many users in one statement. */
export const grantsByUser = byKey<number, { userId: number; grants: GrantView[] }>(
  async (em, ids) => {
    const found = await rows<GrantView & { userId: number }>(em, sqlBuilder(em).selectFrom('user_grant').where('user_id', 'in', ids)
      .select(['user_id as userId', 'role', 'scope_level as scopeLevel', 'scope_code as scopeCode']).orderBy('id'));
    return ids.map((userId) => ({ userId, grants: found.filter((grant) => grant.userId === userId).map(({ role, scopeLevel, scopeCode }) => ({ role, scopeLevel, scopeCode })) }));
  },
  (entry) => entry.userId,
);

/** A grant's scope must exist: a région of a loaded académie, an académie, a département, a circonscription. */
async function requireScopes(em: EntityManager, grants: GrantInput[]): Promise<void> {
  const db = sqlBuilder(em);
  for (const grant of grants) {
    const code = grant.scopeCode.trim().toUpperCase();
    const query: Record<ScopeLevel, () => Compilable<unknown>> = {
      [ScopeLevel.REGION]: () => db.selectFrom('academy').select('code').where('region_code', '=', code).limit(1),
      [ScopeLevel.ACADEMY]: () => db.selectFrom('academy').select('code').where('code', '=', code),
      [ScopeLevel.DEPARTMENT]: () => db.selectFrom('department').select('code').where('code', '=', code),
      [ScopeLevel.CIRCONSCRIPTION]: () => db.selectFrom('circonscription').select('id').where('id', '=', /^\d+$/.test(code) ? Number(code) : -1),
    };
    if (!(await rows(em, query[grant.scopeLevel]())).length) throw new InvalidInputError('scopeCode', `Périmètre inconnu : ${grant.scopeLevel} ${grant.scopeCode}.`);
  }
}

function grantsSummary(grants: Array<{ role: string; scopeLevel: string; scopeCode: string }>): string[] {
  return grants.map((grant) => `${grant.role}@${grant.scopeLevel}:${grant.scopeCode}`).sort();
}

function requirePolicy(password: string, person: { email: string; displayName?: string }, field: string): void {
  const problem = passwordProblem(password, person);
  if (problem) throw new InvalidInputError(field, problem);
}

async function requireUser(em: EntityManager, id: number): Promise<User> {
  const user = await em.findOne(User, { id }, { populate: ['grants'] });
  if (!user) throw new NotFoundError(`Aucun compte n° ${id}.`);
  return user;
}

async function requireFreeEmail(em: EntityManager, email: string, exceptId?: number): Promise<void> {
  const taken = await em.findOne(User, { email });
  if (taken && taken.id !== exceptId) throw new ConflictError(`Un compte utilise déjà l’adresse ${email}.`, { field: 'email' });
}

const grantKey = (grant: { role: string; scopeLevel: string; scopeCode: string }) => `${grant.role}@${grant.scopeLevel}:${grant.scopeCode.trim().toUpperCase()}`;

/**
 * Makes the user's grants the given ones by removing the grants that go and adding those that come: a
 * grant kept as it was is left alone (deleting and re-inserting it would meet the unique constraint, since
 * the ORM inserts before it deletes).
 */
function replaceGrants(em: EntityManager, user: User, grants: GrantInput[]): void {
  const wanted = new Map(grants.map((grant) => [grantKey(grant), grant]));
  for (const grant of user.grants.getItems()) {
    if (wanted.has(grantKey(grant))) wanted.delete(grantKey(grant));
    else user.grants.remove(grant);
  }
  for (const grant of wanted.values()) {
    user.grants.add(em.create(UserGrant, { user, role: grant.role, scopeLevel: grant.scopeLevel, scopeCode: grant.scopeCode.trim().toUpperCase() }));
  }
}

export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<number> {
  const email = normaliseEmail(input.email);
  requirePolicy(input.password, { email, displayName: input.displayName }, 'password');
  const passwordHash = await hashPassword(input.password);
  return ctx.em.transactional(async (em) => {
    await requireFreeEmail(em, email);
    await requireScopes(em, input.grants);
    const user = em.create(User, { email, displayName: input.displayName.trim(), passwordHash, passwordChangedAt: ctx.now });
    replaceGrants(em, user, input.grants);
    await em.flush();
    recordAudit(em, ctx, { operation: 'createUser', targetType: 'User', targetId: user.id, changes: creation({ email, displayName: user.displayName, grants: grantsSummary(input.grants) }) });
    return user.id;
  });
}

export async function updateUser(ctx: RequestContext, id: number, input: UpdateUserInput): Promise<void> {
  await ctx.em.transactional(async (em) => {
    const user = await requireUser(em, id);
    const before = { email: user.email, displayName: user.displayName };
    if (input.email != null) {
      user.email = normaliseEmail(input.email);
      await requireFreeEmail(em, user.email, user.id);
    }
    if (input.displayName != null) user.displayName = input.displayName.trim();
    recordAudit(em, ctx, { operation: 'updateUser', targetType: 'User', targetId: id, changes: changesBetween(before, { email: user.email, displayName: user.displayName }) });
  });
}

export async function setUserGrants(ctx: RequestContext, id: number, grants: GrantInput[]): Promise<void> {
  await ctx.em.transactional(async (em) => {
    const user = await requireUser(em, id);
    if (user.id === ctx.user?.id && !grants.some((grant) => grant.role === 'ADMIN')) {
      throw new ConflictError('Vous ne pouvez pas retirer votre propre rôle d’administrateur.');
    }
    await requireScopes(em, grants);
    const before = grantsSummary(user.grants.getItems());
    replaceGrants(em, user, grants);
    recordAudit(em, ctx, { operation: 'setUserGrants', targetType: 'User', targetId: id, changes: changesBetween({ grants: before }, { grants: grantsSummary(grants) }) });
  });
}

/** Deactivation and reactivation; deactivating ends every session at once. */
export async function setUserActive(ctx: RequestContext, id: number, active: boolean): Promise<void> {
  if (!active && id === ctx.user?.id) throw new ConflictError('Vous ne pouvez pas désactiver votre propre compte.');
  await ctx.em.transactional(async (em) => {
    const user = await requireUser(em, id);
    const before = user.active;
    user.active = active;
    if (!active) await revokeUserSessions(em, id, ctx.now);
    recordAudit(em, ctx, { operation: active ? 'reactivateUser' : 'deactivateUser', targetType: 'User', targetId: id, changes: changesBetween({ active: before }, { active }) });
  });
}

export async function revokeSessionsOf(ctx: RequestContext, id: number): Promise<number> {
  return ctx.em.transactional(async (em) => {
    await requireUser(em, id);
    const revoked = await revokeUserSessions(em, id, ctx.now);
    recordAudit(em, ctx, { operation: 'revokeUserSessions', targetType: 'User', targetId: id, changes: { revokedSessions: [null, revoked] } });
    return revoked;
  });
}

export async function resetUserPassword(ctx: RequestContext, id: number, newPassword: string): Promise<void> {
  const user = await requireUser(ctx.em, id);
  requirePolicy(newPassword, user, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  await ctx.em.transactional(async (em) => {
    await rows(em, sqlBuilder(em).updateTable('app_user').set({ password_hash: passwordHash, password_changed_at: ctx.now, updated_at: ctx.now }).where('id', '=', id));
    await revokeUserSessions(em, id, ctx.now);
    recordAudit(em, ctx, { operation: 'resetUserPassword', targetType: 'User', targetId: id });
  });
}

/** The signed-in user changes their password: other sessions end, this one stays. */
export async function changeOwnPassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
  const me = ctx.user!;
  const [row] = await rows<{ passwordHash: string }>(ctx.em, sqlBuilder(ctx.em).selectFrom('app_user').select('password_hash as passwordHash').where('id', '=', me.id));
  if (!(await verifyPassword(row?.passwordHash, currentPassword))) throw new InvalidInputError('currentPassword', 'Mot de passe actuel incorrect.');
  if (newPassword === currentPassword) throw new InvalidInputError('newPassword', 'Le nouveau mot de passe doit être différent de l’actuel.');
  requirePolicy(newPassword, me, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  await ctx.em.transactional(async (em) => {
    await rows(em, sqlBuilder(em).updateTable('app_user').set({ password_hash: passwordHash, password_changed_at: ctx.now, updated_at: ctx.now }).where('id', '=', me.id));
    await revokeUserSessions(em, me.id, ctx.now, { except: me.sessionId });
    recordAudit(em, ctx, { operation: 'changePassword', targetType: 'User', targetId: me.id });
  });
}
