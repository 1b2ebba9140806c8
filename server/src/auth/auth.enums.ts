import { registerEnumType } from 'type-graphql';

/** What a user may do. ADMIN: everything; the others per the convention's division of work. */
export enum Role {
  ADMIN = 'ADMIN',
  ACADEMIC_TEAM = 'ACADEMIC_TEAM',
  DPO = 'DPO',
  ERUN = 'ERUN',
  SUPPORT = 'SUPPORT',
}

/** Where a grant applies: the région académique, an académie, a département or a circonscription. */
export enum ScopeLevel {
  REGION = 'REGION',
  ACADEMY = 'ACADEMY',
  DEPARTMENT = 'DEPARTMENT',
  CIRCONSCRIPTION = 'CIRCONSCRIPTION',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'Rôle : administrateur, équipe académique, DPO, ERUN, assistance.',
});
registerEnumType(ScopeLevel, { name: 'ScopeLevel', description: 'Périmètre d’une habilitation.' });
