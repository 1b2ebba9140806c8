import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { parseId } from '../common/ids.js';
import { PageType, pageWants } from '../common/pagination.js';
import { Selection } from '../common/selection.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { Roles } from './access.js';
import { Role } from './auth.enums.js';
import { UserGrant } from './grant.entity.js';
import { User } from './user.entity.js';
import { CreateUserInput, GrantInput, UpdateUserInput, UsersArgs } from './users.inputs.js';
import {
  createUser, grantsByUser, listUsers, resetUserPassword, revokeSessionsOf, setUserActive, setUserGrants, updateUser, userById, type UserView,
} from './users.service.js';

@ObjectType() export class UserPage extends PageType(User) {}

/** Account management: administrators only. */
@Resolver(() => User)
export class UsersResolver {
  @Roles(Role.ADMIN)
  @Query(() => UserPage, { description: 'Comptes (administrateurs).' })
  users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return listUsers(ctx, args, pageWants(Selection.of(info)));
  }

  @Roles(Role.ADMIN)
  @Query(() => User, { nullable: true })
  async user(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(userById).load(parseId(id, 'id'))) ?? null;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Crée un compte avec ses habilitations.' })
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext) {
    return reread(ctx, await createUser(ctx, input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User)
  async updateUser(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: RequestContext) {
    await updateUser(ctx, parseId(id, 'id'), input);
    return reread(ctx, parseId(id, 'id'));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Remplace les habilitations d’un compte (effet immédiat).' })
  async setUserGrants(@Arg('id', () => ID) id: string, @Arg('grants', () => [GrantInput]) grants: GrantInput[], @Ctx() ctx: RequestContext) {
    await setUserGrants(ctx, parseId(id, 'id'), grants);
    return reread(ctx, parseId(id, 'id'));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Désactive un compte et ferme ses sessions.' })
  async deactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    await setUserActive(ctx, parseId(id, 'id'), false);
    return reread(ctx, parseId(id, 'id'));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User)
  async reactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    await setUserActive(ctx, parseId(id, 'id'), true);
    return reread(ctx, parseId(id, 'id'));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Int, { description: 'Ferme toutes les sessions d’un compte ; renvoie leur nombre.' })
  revokeUserSessions(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return revokeSessionsOf(ctx, parseId(id, 'id'));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Définit un nouveau mot de passe et ferme les sessions du compte.' })
  async resetUserPassword(@Arg('id', () => ID) id: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: RequestContext) {
    await resetUserPassword(ctx, parseId(id, 'id'), newPassword);
    return true;
  }

  /** Grants are visible to administrators and to the user themself (`login` returns them already). */
  @FieldResolver(() => [UserGrant])
  async grants(@Root() user: UserView, @Ctx() ctx: RequestContext) {
    if (user.grants) return user.grants;
    if (!ctx.user?.isAdmin && ctx.user?.id !== user.id) throw new ForbiddenError();
    return (await ctx.loaders.get(grantsByUser).load(user.id))?.grants ?? [];
  }
}

async function reread(ctx: RequestContext, id: number): Promise<UserView> {
  const loader = ctx.loaders.get(userById);
  const user = await loader.clear(id).load(id);
  if (!user) throw new NotFoundError(`Aucun compte n° ${id}.`);
  return user;
}
