import { rows, sqlBuilder } from '../common/sql.js';
import { plainRows, type PersonalDataSource } from '../data-requests/personal-data-source.js';

/** What the accounts module holds about a person: their accounts and grants, sessions, sign-in attempts. */
export const accountSources: PersonalDataSource[] = [
  {
    name: 'comptes',
    description: 'Comptes du back office à votre adresse électronique, avec leurs habilitations.',
    async collect(em, person) {
      if (!person.accountIds.length) return [];
      const db = sqlBuilder(em);
      const accounts = await rows<Record<string, unknown>>(em, db.selectFrom('app_user').select([
        'id', 'email', 'display_name as displayName', 'active', 'created_at as createdAt', 'last_login_at as lastLoginAt', 'password_changed_at as passwordChangedAt',
      ]).where('id', 'in', person.accountIds));
      const grants = await rows<{ userId: number; role: string; scopeLevel: string; scopeCode: string }>(em, db.selectFrom('user_grant')
        .select(['user_id as userId', 'role', 'scope_level as scopeLevel', 'scope_code as scopeCode']).where('user_id', 'in', person.accountIds));
      return plainRows(accounts, { instants: ['createdAt', 'lastLoginAt', 'passwordChangedAt'], booleans: ['active'] }).map((account) => ({
        ...account, grants: grants.filter((g) => g.userId === account.id).map((g) => `${g.role} ${g.scopeLevel} ${g.scopeCode}`).join(', '),
      }));
    },
  },
  {
    name: 'sessions',
    description: 'Sessions de connexion de vos comptes : dates, adresse IP, navigateur.',
    async collect(em, person) {
      if (!person.accountIds.length) return [];
      return plainRows(await rows(em, sqlBuilder(em).selectFrom('session').select([
        'created_at as createdAt', 'last_seen_at as lastSeenAt', 'expires_at as expiresAt', 'revoked_at as revokedAt', 'ip', 'user_agent as userAgent',
      ]).where('user_id', 'in', person.accountIds).orderBy('created_at')), { instants: ['createdAt', 'lastSeenAt', 'expiresAt', 'revokedAt'] });
    },
  },
  {
    name: 'tentatives-de-connexion',
    description: 'Tentatives de connexion avec votre adresse électronique : date, adresse IP, succès.',
    async collect(em, person) {
      if (!person.email) return [];
      return plainRows(await rows(em, sqlBuilder(em).selectFrom('login_attempt').select(['at', 'ip', 'succeeded']).where('email', '=', person.email).orderBy('at')),
        { instants: ['at'], booleans: ['succeeded'] });
    },
  },
];
