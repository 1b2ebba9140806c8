import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { recordAudit } from '../audit/audit.service.js';
import { Public, SignedIn } from './access.js';
import { login } from './login.service.js';
import { revokeSession } from './session.service.js';
import { User } from './user.entity.js';
import { changeOwnPassword, grantsByUser, userById } from './users.service.js';

@Resolver()
export class AuthResolver {
  @Public()
  @Mutation(() => User, { description: 'Ouvre une session (cookie HttpOnly). Identifiants faux ou compte inactif : UNAUTHENTICATED ; trop d’essais : TOO_MANY_ATTEMPTS.' })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String, { validate: false }) password: string,
    @Ctx() ctx: RequestContext,
  ) {
    const userId = await login(ctx, email.slice(0, 254), password.slice(0, 1024));
    const [user, grants] = await Promise.all([ctx.loaders.get(userById).load(userId), ctx.loaders.get(grantsByUser).load(userId)]);
    return { ...user!, grants: grants?.grants ?? [] };
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ferme la session courante.' })
  async logout(@Ctx() ctx: RequestContext) {
    await ctx.em.transactional(async (em) => {
      await revokeSession(em, ctx.user!.sessionId, ctx.now);
      recordAudit(em, ctx, { operation: 'logout', targetType: 'User', targetId: ctx.user!.id });
    });
    ctx.sessionCookie.clear();
    return true;
  }

  @Public()
  @Query(() => User, { nullable: true, description: 'Le compte connecté, ou null.' })
  async me(@Ctx() ctx: RequestContext) {
    return ctx.user ? ((await ctx.loaders.get(userById).load(ctx.user.id)) ?? null) : null;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Change son mot de passe ; les autres sessions sont fermées.' })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: RequestContext,
  ) {
    await changeOwnPassword(ctx, currentPassword, newPassword);
    return true;
  }
}

