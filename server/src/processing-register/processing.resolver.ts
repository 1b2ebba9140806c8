import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { parseId } from '../common/ids.js';
import { Roles } from '../auth/access.js';
import { Role } from '../auth/auth.enums.js';
import { ProcessingActivity } from './processing-activity.entity.js';
import { CreateProcessingActivityInput, UpdateProcessingActivityInput } from './processing.inputs.js';
import { createProcessing, deleteProcessing, findProcessing, listProcessing, updateProcessing } from './processing.service.js';

/** The register of processing activities (GDPR Art. 30), kept by the DPO. */
@Resolver(() => ProcessingActivity)
export class ProcessingActivityResolver {
  @Roles(Role.DPO)
  @Query(() => [ProcessingActivity], { description: 'Le registre des activités de traitement, par nom (export : /data-protection/processing-register.csv et .pdf).' })
  processingActivities(@Ctx() ctx: RequestContext) {
    return listProcessing(ctx.em);
  }

  @Roles(Role.DPO)
  @Query(() => ProcessingActivity, { description: 'Un traitement du registre ; NOT_FOUND s’il n’existe pas.' })
  processingActivity(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findProcessing(ctx.em, parseId(id, 'id'));
  }

  @Roles(Role.DPO)
  @Mutation(() => ProcessingActivity, { description: 'Inscrit un traitement au registre.' })
  async createProcessingActivity(@Arg('input', () => CreateProcessingActivityInput) input: CreateProcessingActivityInput, @Ctx() ctx: RequestContext) {
    return findProcessing(ctx.em, await createProcessing(ctx, input));
  }

  @Roles(Role.DPO)
  @Mutation(() => ProcessingActivity, { description: 'Modifie un traitement (verrouillage optimiste par `version`).' })
  async updateProcessingActivity(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateProcessingActivityInput) input: UpdateProcessingActivityInput, @Ctx() ctx: RequestContext) {
    return findProcessing(ctx.em, await updateProcessing(ctx, id, input));
  }

  @Roles(Role.DPO)
  @Mutation(() => Boolean, { description: 'Retire un traitement du registre, sauf ENT-École et ceux que des demandes concernent (CONFLICT).' })
  async deleteProcessingActivity(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    await deleteProcessing(ctx, id);
    return true;
  }
}
