import { Role, ScopeLevel } from './auth.enums.js';

export interface GrantView {
  role: Role;
  scopeLevel: ScopeLevel;
  scopeCode: string;
}

/** Where an object lies on the map, to decide whether a grant's scope covers it. */
export interface Place {
  regionCode: string;
  academyCode: string;
  departmentCode: string;
  /** The circonscriptions the object belongs to (a commune's space: those of its schools). */
  circonscriptionIds: readonly number[];
}

/** The scopes of the grants that give some roles, or ALL for an administrator. */
export type Perimeter = 'ALL' | readonly GrantView[];

/**
 * The signed-in user as the request sees it: who, and what their grants allow. Holds only what is safe
 * to use anywhere (no password hash). ADMIN is global whatever the scope written on its grant.
 */
export class CurrentUser {
  constructor(
    readonly id: number,
    readonly email: string,
    readonly displayName: string,
    readonly grants: readonly GrantView[],
    readonly sessionId: string,
  ) {}

  get isAdmin(): boolean {
    return this.grants.some((grant) => grant.role === Role.ADMIN);
  }

  /** True when the user holds one of the roles (an administrator holds them all). */
  hasRole(...roles: Role[]): boolean {
    return this.isAdmin || this.grants.some((grant) => roles.includes(grant.role));
  }

  /** Where the user may act with one of these roles (every role when none is given). */
  perimeter(...roles: Role[]): Perimeter {
    if (this.isAdmin) return 'ALL';
    return this.grants.filter((grant) => roles.length === 0 || roles.includes(grant.role));
  }

  /** Whether one of the user's grants with these roles covers the place. */
  covers(place: Place, ...roles: Role[]): boolean {
    const perimeter = this.perimeter(...roles);
    return perimeter === 'ALL' || perimeter.some((grant) => scopeCovers(grant, place));
  }
}

export function scopeCovers(grant: GrantView, place: Place): boolean {
  switch (grant.scopeLevel) {
    case ScopeLevel.REGION:
      return grant.scopeCode === place.regionCode;
    case ScopeLevel.ACADEMY:
      return grant.scopeCode === place.academyCode;
    case ScopeLevel.DEPARTMENT:
      return grant.scopeCode === place.departmentCode;
    case ScopeLevel.CIRCONSCRIPTION:
      return place.circonscriptionIds.includes(Number(grant.scopeCode));
  }
}
