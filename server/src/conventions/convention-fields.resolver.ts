import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { School } from '../schools/school.entity.js';
import { Commune } from '../territory/commune.entity.js';
import { communeByCode } from '../territory/territory.service.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { storedFileById } from '../files/file-storage.js';
import { Campaign } from './campaign.entity.js';
import { CommuneContact } from './commune-contact.entity.js';
import { contactOfCommune } from './commune-contact.service.js';
import { allowedTransitions } from './convention-status.rules.js';
import { Amendment, Convention } from './convention.entity.js';
import { ConventionStatus } from './convention.enums.js';
import {
  amendmentsOfConvention, campaignKey, campaignOf, deliberationsOfConvention, latestDeliberationOf, paymentsOfConvention, schoolsOfAmendment, schoolsOfConvention,
  type AmendmentView,
} from './convention.loaders.js';
import type { ConventionView, DeliberationView } from './convention.views.js';
import { CouncilDeliberation } from './deliberation.entity.js';
import { deliberationWarnings } from './deliberation.service.js';
import { Payment } from './payment.entity.js';

/** Where the convention document is served (conventions.routes.ts), with the session cookie. */
export const documentUrl = (id: number) => `/conventions/${id}/document.pdf`;

/**
 * The relations of a convention. To-one relations selected in a list are joined by the list statement;
 * the others come from per-request batch loaders, one statement per relation for the whole page.
 */
@Resolver(() => Convention)
export class ConventionFieldsResolver {
  @FieldResolver(() => Commune)
  commune(@Root() convention: ConventionView, @Ctx() ctx: RequestContext) {
    return convention.commune ?? ctx.loaders.get(communeByCode).load(convention.communeInseeCode);
  }

  @FieldResolver(() => [School], { description: 'Écoles inscrites, par la convention et par ses avenants.' })
  schools(@Root() convention: ConventionView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(schoolsOfConvention).load(convention.id);
  }

  @FieldResolver(() => CouncilDeliberation, { nullable: true, description: 'La dernière délibération : celle qui a autorisé la signature, ou le dernier rejet.' })
  deliberation(@Root() convention: ConventionView, @Ctx() ctx: RequestContext) {
    if (convention.deliberation !== undefined) return convention.deliberation;
    return ctx.loaders.get(latestDeliberationOf).load(convention.id).then((d) => d ?? null);
  }

  @FieldResolver(() => [CouncilDeliberation], { description: 'Toutes les délibérations, rejets compris, dans l’ordre.' })
  deliberations(@Root() convention: ConventionView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(deliberationsOfConvention).load(convention.id);
  }

  @FieldResolver(() => [Amendment])
  amendments(@Root() convention: ConventionView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(amendmentsOfConvention).load(convention.id);
  }

  @FieldResolver(() => Int, { description: 'Montant de la convention et de ses avenants, en centimes.' })
  async totalAmountCents(@Root() convention: ConventionView, @Ctx() ctx: RequestContext) {
    const amendments = (await ctx.loaders.get(amendmentsOfConvention).load(convention.id)) ?? [];
    return amendments.reduce((sum, amendment) => sum + amendment.amountCents, convention.amountCents);
  }

  @FieldResolver(() => [Payment], { description: 'Titres de recette de la convention et de ses avenants.' })
  payments(@Root() convention: ConventionView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(paymentsOfConvention).load(convention.id);
  }

  @FieldResolver(() => CommuneContact, { nullable: true, description: 'Coordonnées de la commune (maire, mairie, référent ville).' })
  async contact(@Root() convention: ConventionView, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(contactOfCommune).load(convention.communeInseeCode)) ?? null;
  }

  @FieldResolver(() => Campaign, { nullable: true, description: 'La campagne de l’année et de l’académie, qui fixe tarif, fin et signataire.' })
  async campaign(@Root() convention: ConventionView, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(campaignOf).load(campaignKey(convention))) ?? null;
  }

  @FieldResolver(() => StoredFile, { nullable: true })
  async signedScan(@Root() convention: ConventionView, @Ctx() ctx: RequestContext) {
    return convention.signedScanFileId === null ? null : ((await ctx.loaders.get(storedFileById).load(convention.signedScanFileId)) ?? null);
  }

  @FieldResolver(() => [ConventionStatus], { description: 'Statuts vers lesquels la convention peut passer maintenant (EXPIRED vient seul, à la date de fin).' })
  allowedTransitions(@Root() convention: ConventionView) {
    return allowedTransitions(convention.status).filter((status) => status !== convention.status);
  }

  @FieldResolver(() => String, { description: 'Adresse du document PDF de la convention (GET, avec le cookie de session).' })
  documentUrl(@Root() convention: ConventionView) {
    return documentUrl(convention.id);
  }
}

@Resolver(() => CouncilDeliberation)
export class DeliberationFieldsResolver {
  @FieldResolver(() => [String], { description: 'Avertissements (jamais bloquants) : date ACTES différente de la séance…' })
  warnings(@Root() deliberation: DeliberationView) {
    return deliberationWarnings(deliberation);
  }

  @FieldResolver(() => StoredFile, { nullable: true })
  async scan(@Root() deliberation: DeliberationView, @Ctx() ctx: RequestContext) {
    return deliberation.scanFileId === null ? null : ((await ctx.loaders.get(storedFileById).load(deliberation.scanFileId)) ?? null);
  }
}

@Resolver(() => Amendment)
export class AmendmentFieldsResolver {
  @FieldResolver(() => [School])
  schools(@Root() amendment: AmendmentView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(schoolsOfAmendment).load(amendment.id);
  }

  @FieldResolver(() => Boolean, { description: 'Signé par les deux parties.' })
  signed(@Root() amendment: AmendmentView) {
    return amendment.communeSignedOn !== null && amendment.academySignedOn !== null;
  }
}
