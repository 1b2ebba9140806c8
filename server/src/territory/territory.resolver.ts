import { Arg, Args, Ctx, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { PageType, pageWants } from '../common/pagination.js';
import { Selection } from '../common/selection.js';
import { parseId } from '../common/ids.js';
import { SignedIn } from '../auth/access.js';
import { Academy } from './academy.entity.js';
import { Circonscription } from './circonscription.entity.js';
import { Commune } from './commune.entity.js';
import { Department } from './department.entity.js';
import { AcademiesArgs, CirconscriptionsArgs, CommunesArgs, DepartmentsArgs } from './territory.inputs.js';
import {
  academyByCode, departmentByCode, findCirconscription, findCommune, listAcademies, listCirconscriptions, listCommunes, listDepartments,
} from './territory.service.js';
import type { CirconscriptionView, CommuneView, DepartmentView } from './territory.views.js';

@ObjectType() export class AcademyPage extends PageType(Academy) {}
@ObjectType() export class DepartmentPage extends PageType(Department) {}
@ObjectType() export class CommunePage extends PageType(Commune) {}
@ObjectType() export class CirconscriptionPage extends PageType(Circonscription) {}

const wants = (info: GraphQLResolveInfo) => pageWants(Selection.of(info));

@Resolver(() => Academy)
export class AcademyResolver {
  @SignedIn()
  @Query(() => AcademyPage, { description: 'Académies (codes officiels).' })
  academies(@Args(() => AcademiesArgs) args: AcademiesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return listAcademies(ctx, args, wants(info));
  }
}

@Resolver(() => Department)
export class DepartmentResolver {
  @SignedIn()
  @Query(() => DepartmentPage, { description: 'Départements.' })
  departments(@Args(() => DepartmentsArgs) args: DepartmentsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return listDepartments(ctx, args, wants(info));
  }

  @FieldResolver(() => Academy)
  academy(@Root() department: DepartmentView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(academyByCode).load(department.academyCode);
  }
}

@Resolver(() => Commune)
export class CommuneResolver {
  @SignedIn()
  @Query(() => CommunePage, { description: 'Communes, filtrées, triées et paginées.' })
  communes(@Args(() => CommunesArgs) args: CommunesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return listCommunes(ctx, args, wants(info));
  }

  @SignedIn()
  @Query(() => Commune, { nullable: true, description: 'Une commune par son code INSEE.' })
  async commune(@Arg('inseeCode', () => String) inseeCode: string, @Ctx() ctx: RequestContext) {
    return (await findCommune(ctx, inseeCode)) ?? null;
  }

  @FieldResolver(() => Department)
  department(@Root() commune: CommuneView, @Ctx() ctx: RequestContext) {
    return commune.department ?? ctx.loaders.get(departmentByCode).load(commune.departmentCode);
  }

  @FieldResolver(() => [String], { description: 'Codes postaux.' })
  postalCodes(@Root() commune: CommuneView): string[] {
    return commune.postalCodes ? commune.postalCodes.split(' ') : [];
  }
}

@Resolver(() => Circonscription)
export class CirconscriptionResolver {
  @SignedIn()
  @Query(() => CirconscriptionPage, { description: 'Circonscriptions du premier degré.' })
  circonscriptions(@Args(() => CirconscriptionsArgs) args: CirconscriptionsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return listCirconscriptions(ctx, args, wants(info));
  }

  @SignedIn()
  @Query(() => Circonscription, { nullable: true })
  async circonscription(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return (await findCirconscription(ctx, parseId(id, 'id'))) ?? null;
  }

  @FieldResolver(() => Department)
  department(@Root() circonscription: CirconscriptionView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(departmentByCode).load(circonscription.departmentCode);
  }
}
