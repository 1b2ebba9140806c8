import { describe, expect, it } from 'vitest';
import { Role, ScopeLevel } from './auth.enums.js';
import { CurrentUser, type Place } from './current-user.js';

const saintMathieu: Place = { regionCode: '76', academyCode: '11', departmentCode: '34', circonscriptionIds: [7] };
const lescure: Place = { regionCode: '76', academyCode: '16', departmentCode: '81', circonscriptionIds: [9] };
const paris: Place = { regionCode: '11', academyCode: '01', departmentCode: '75', circonscriptionIds: [] };

const user = (...grants: Array<[Role, ScopeLevel, string]>) =>
  new CurrentUser(1, 'a@b.fr', 'A', grants.map(([role, scopeLevel, scopeCode]) => ({ role, scopeLevel, scopeCode })), 'session');

describe('perimeters', () => {
  it('scopes a grant to the région, an académie, a département or a circonscription', () => {
    expect(user([Role.DPO, ScopeLevel.REGION, '76']).covers(lescure, Role.DPO)).toBe(true);
    expect(user([Role.DPO, ScopeLevel.REGION, '76']).covers(paris, Role.DPO)).toBe(false);
    expect(user([Role.ACADEMIC_TEAM, ScopeLevel.ACADEMY, '11']).covers(saintMathieu, Role.ACADEMIC_TEAM)).toBe(true);
    expect(user([Role.ACADEMIC_TEAM, ScopeLevel.ACADEMY, '11']).covers(lescure, Role.ACADEMIC_TEAM)).toBe(false);
    expect(user([Role.SUPPORT, ScopeLevel.DEPARTMENT, '81']).covers(lescure, Role.SUPPORT)).toBe(true);
    expect(user([Role.ERUN, ScopeLevel.CIRCONSCRIPTION, '7']).covers(saintMathieu, Role.ERUN)).toBe(true);
    expect(user([Role.ERUN, ScopeLevel.CIRCONSCRIPTION, '7']).covers(lescure, Role.ERUN)).toBe(false);
  });

  it('checks the role of the grant, not only its scope', () => {
    const erun = user([Role.ERUN, ScopeLevel.CIRCONSCRIPTION, '7']);
    expect(erun.covers(saintMathieu, Role.ACADEMIC_TEAM)).toBe(false);
    expect(erun.hasRole(Role.ACADEMIC_TEAM)).toBe(false);
    expect(erun.perimeter(Role.DPO)).toEqual([]);
  });

  it('adds up several grants, and makes an administrator global', () => {
    const both = user([Role.ERUN, ScopeLevel.CIRCONSCRIPTION, '7'], [Role.ERUN, ScopeLevel.CIRCONSCRIPTION, '9']);
    expect(both.covers(saintMathieu, Role.ERUN) && both.covers(lescure, Role.ERUN)).toBe(true);
    const admin = user([Role.ADMIN, ScopeLevel.REGION, '76']);
    expect(admin.covers(paris, Role.DPO)).toBe(true);
    expect(admin.perimeter()).toBe('ALL');
    expect(admin.hasRole(Role.SUPPORT)).toBe(true);
  });
});
