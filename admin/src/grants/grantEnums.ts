import type { Role, ScopeLevel } from '../graphql/generated/graphql';
import { everyValueOf } from '../dataProvider/values';
import type { TerritoryReference } from '../territory/useServedTerritories';

export const ROLES = everyValueOf<Role>()(['ADMIN', 'ACADEMIC_TEAM', 'DPO', 'ERUN', 'SUPPORT']);
export const SCOPE_LEVELS = everyValueOf<ScopeLevel>()(['REGION', 'ACADEMY', 'DEPARTMENT', 'CIRCONSCRIPTION']);

/** Where the scopes of each level but circonscriptions are listed (circonscriptions are searched). */
export const TERRITORY_OF_LEVEL: Record<Exclude<ScopeLevel, 'CIRCONSCRIPTION'>, TerritoryReference> = {
  REGION: 'regions',
  ACADEMY: 'academies',
  DEPARTMENT: 'departments',
};

/** Select choices whose labels are i18n keys (`ent.grants.roles.ERUN`…). */
export const roleChoices = ROLES.map((role) => ({ id: role, name: `ent.grants.roles.${role}` }));
export const scopeLevelChoices = SCOPE_LEVELS.map((level) => ({ id: level, name: `ent.grants.levels.${level}` }));
