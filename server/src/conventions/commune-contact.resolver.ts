import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { NotFoundError } from '../errors.js';
import { Roles } from '../auth/access.js';
import { Commune } from '../territory/commune.entity.js';
import { communeByCode } from '../territory/territory.service.js';
import { CONVENTION_ROLES } from './convention-access.js';
import { CommuneContact } from './commune-contact.entity.js';
import { CommuneContactInput } from './commune-contact.inputs.js';
import { findCommuneContact, saveCommuneContact, type CommuneContactView } from './commune-contact.service.js';

@Resolver(() => CommuneContact)
export class CommuneContactResolver {
  @Roles(...CONVENTION_ROLES)
  @Query(() => CommuneContact, { nullable: true, description: 'Coordonnées d’une commune pour ses conventions (null si rien n’a été saisi).' })
  async communeContact(@Arg('communeInseeCode', () => String) communeInseeCode: string, @Ctx() ctx: RequestContext) {
    return (await findCommuneContact(ctx, communeInseeCode)) ?? null;
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => CommuneContact, { description: 'Crée ou modifie les coordonnées d’une commune (maire, SIRET de la mairie, adresse, référent ville).' })
  async saveCommuneContact(
    @Arg('communeInseeCode', () => String) communeInseeCode: string,
    @Arg('input', () => CommuneContactInput) input: CommuneContactInput,
    @Ctx() ctx: RequestContext,
  ) {
    const code = await saveCommuneContact(ctx, communeInseeCode, input);
    const contact = await findCommuneContact(ctx, code);
    if (!contact) throw new NotFoundError(`Coordonnées de la commune ${code} introuvables.`);
    return contact;
  }

  @FieldResolver(() => Commune)
  commune(@Root() contact: CommuneContactView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(communeByCode).load(contact.communeInseeCode);
  }
}
