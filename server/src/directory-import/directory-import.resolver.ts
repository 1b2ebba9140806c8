import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { AuditChange, changeList } from '../audit/audit.resolver.js';
import { Roles } from '../auth/access.js';
import { Agent, agentColumns, agentView } from '../auth/agent.js';
import { Role } from '../auth/auth.enums.js';
import { parseId } from '../common/ids.js';
import { rowLoader } from '../common/loaders.js';
import { pageWants } from '../common/pagination.js';
import { Selection } from '../common/selection.js';
import { NotFoundError } from '../errors.js';
import { ImportKind } from './directory-import.enums.js';
import { DirectoryImportItemsArgs, DirectoryImportOptions, DirectoryImportsArgs } from './directory-import.inputs.js';
import { applyDirectoryImport, findImport, listImportItems, listImports, startDirectoryImport } from './directory-import.service.js';
import { DirectoryImportItemPage, DirectoryImportPage, ImportCountsType, ImportProgressType, ImportReasonCount } from './directory-import.types.js';
import { ImportRunItem } from './import-run-item.entity.js';
import { ImportRun } from './import-run.entity.js';
import { progressPercent } from './import-run.rules.js';
import type { ImportItemView, ImportRunView } from './import-run.views.js';
import { rejectedRowsPath } from './rejected-rows.routes.js';

const TEAM = [Role.ADMIN, Role.ACADEMIC_TEAM];

/** The requesters of a page of runs, in one statement. */
const agentById = rowLoader<number, Agent>({ from: 'app_user as u', key: 'u.id', columns: agentColumns('u'), toView: (row) => agentView(row), keyOf: (agent) => agent.id });

/** Directory imports, for administrators and the academic team (the console's import page). */
@Resolver(() => ImportRun)
export class DirectoryImportResolver {
  @Roles(...TEAM)
  @Query(() => DirectoryImportPage, { description: 'Imports d’annuaire, du plus récent au plus ancien (l’équipe académique voit les siens).' })
  directoryImports(@Args(() => DirectoryImportsArgs) args: DirectoryImportsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return listImports(ctx, args, pageWants(Selection.of(info)));
  }

  @Roles(...TEAM)
  @Query(() => ImportRun, { nullable: true, description: 'Un import : état, avancement et rapport.' })
  async directoryImport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return (await findImport(ctx, parseId(id, 'id'))) ?? null;
  }

  @Roles(...TEAM)
  @Mutation(() => ImportRun, {
    description: 'Lance l’import d’un fichier déposé par POST /files?purpose=directory-import : simulation (dryRun) ou application directe. '
      + 'Le traitement se fait en arrière-plan : suivez-le avec directoryImport.',
  })
  async startDirectoryImport(
    @Arg('fileId', () => ID) fileId: string,
    @Arg('kind', () => ImportKind) kind: ImportKind,
    @Arg('dryRun', () => Boolean) dryRun: boolean,
    @Arg('options', () => DirectoryImportOptions, { nullable: true }) options: DirectoryImportOptions | null,
    @Ctx() ctx: RequestContext,
  ) {
    const id = await startDirectoryImport(ctx, {
      fileId: parseId(fileId, 'fileId'), kind, dryRun, allDepartments: options?.allDepartments ?? false, closeAbsent: options?.closeAbsent ?? false,
    });
    return reread(ctx, id);
  }

  @Roles(...TEAM)
  @Mutation(() => ImportRun, { description: 'Applique un import simulé, ou reprend un import échoué après son dernier lot validé.' })
  async applyDirectoryImport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    await applyDirectoryImport(ctx, parseId(id, 'id'));
    return reread(ctx, parseId(id, 'id'));
  }

  @FieldResolver(() => [String], { description: 'Départements que l’import peut modifier (servis, dans le périmètre du demandeur).' })
  departments(@Root() run: ImportRunView): string[] {
    return run.departments;
  }

  @FieldResolver(() => Agent, { nullable: true, description: 'Qui a lancé l’import ; nul pour un import de la ligne de commande.' })
  async requester(@Root() run: ImportRunView, @Ctx() ctx: RequestContext): Promise<Agent | null> {
    return run.requestedBy === null ? null : ((await ctx.loaders.get(agentById).load(run.requestedBy)) ?? null);
  }

  @FieldResolver(() => ImportProgressType)
  progress(@Root() run: ImportRunView): ImportProgressType {
    return { rowsDone: run.rowsDone, totalRows: run.totalRows, percent: progressPercent(run), batchesCommitted: run.batchesCommitted, lastCommittedLine: run.lastCommittedLine };
  }

  @FieldResolver(() => ImportCountsType)
  counts(@Root() run: ImportRunView): ImportCountsType {
    const c = run.counts;
    return { create: c.CREATE, update: c.UPDATE, close: c.CLOSE, unchanged: c.UNCHANGED, rejected: c.REJECTED, absent: c.ABSENT, ignored: c.IGNORED };
  }

  @FieldResolver(() => [ImportReasonCount], { description: 'Lignes écartées, par motif.' })
  ignoredReasons(@Root() run: ImportRunView): ImportReasonCount[] {
    return Object.entries(run.ignoredReasons).map(([reason, count]) => ({ reason, count }));
  }

  @FieldResolver(() => DirectoryImportItemPage, { description: 'Lignes du rapport, dans l’ordre du fichier (écoles absentes à la fin).' })
  items(@Root() run: ImportRunView, @Args(() => DirectoryImportItemsArgs) args: DirectoryImportItemsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return listImportItems(ctx.em, run.id, args.outcomes, args, pageWants(Selection.of(info)));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Adresse (GET, session requise) du CSV des lignes rejetées, avec leur motif ; nulle sans rejet.' })
  rejectedRowsUrl(@Root() run: ImportRunView): string | null {
    return run.counts.REJECTED ? rejectedRowsPath(run.id) : null;
  }
}

@Resolver(() => ImportRunItem)
export class DirectoryImportItemResolver {
  @FieldResolver(() => [AuditChange], { description: 'Champs modifiés : valeurs avant et après, en JSON.' })
  changes(@Root() item: ImportItemView): AuditChange[] {
    return changeList(item.changes);
  }
}

async function reread(ctx: RequestContext, id: number): Promise<ImportRunView> {
  const run = await findImport(ctx, id);
  if (!run) throw new NotFoundError(`Aucun import n° ${id}.`);
  return run;
}
