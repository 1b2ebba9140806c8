import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { Roles } from '../auth/access.js';
import { Role } from '../auth/auth.enums.js';
import { LetterKind } from './data-request.enums.js';
import { LetterTemplateInput } from './data-request.inputs.js';
import { LetterTemplate } from './letter-template.entity.js';
import { PLACEHOLDERS } from './letter.rules.js';
import { letterTemplate, letterTemplates, resetLetterTemplate, saveLetterTemplate, type LetterTemplateView } from './letter.service.js';

@ObjectType({ description: 'Champ utilisable dans un modèle de courrier : {{name}}.' })
export class LetterPlaceholder {
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
}

const PLACEHOLDER_LIST: LetterPlaceholder[] = Object.entries(PLACEHOLDERS).map(([name, description]) => ({ name, description }));

/** The letter templates of the DPO; the PDFs themselves: GET /data-protection/requests/:id/letters/:kind. */
@Resolver(() => LetterTemplate)
export class LetterTemplateResolver {
  @Roles(Role.DPO)
  @Query(() => [LetterTemplate], { description: 'Modèles des courriers (accusé de réception, justificatif d’identité, prolongation, réponse).' })
  letterTemplates(@Ctx() ctx: RequestContext) {
    return letterTemplates(ctx.em);
  }

  @Roles(Role.DPO)
  @Mutation(() => LetterTemplate, { description: 'Enregistre le texte d’un courrier ; un {{champ}} inconnu est refusé.' })
  async updateLetterTemplate(@Arg('kind', () => LetterKind) kind: LetterKind, @Arg('input', () => LetterTemplateInput) input: LetterTemplateInput, @Ctx() ctx: RequestContext) {
    await saveLetterTemplate(ctx, kind, input);
    return letterTemplate(ctx.em, kind);
  }

  @Roles(Role.DPO)
  @Mutation(() => LetterTemplate, { description: 'Revient au texte par défaut.' })
  async resetLetterTemplate(@Arg('kind', () => LetterKind) kind: LetterKind, @Ctx() ctx: RequestContext) {
    await resetLetterTemplate(ctx, kind);
    return letterTemplate(ctx.em, kind);
  }

  @FieldResolver(() => Boolean, { description: 'Texte par défaut, jamais modifié.' })
  isDefault(@Root() template: LetterTemplateView) {
    return template.version === 0;
  }

  @FieldResolver(() => [LetterPlaceholder])
  placeholders() {
    return PLACEHOLDER_LIST;
  }
}
