import type { Config } from '../config.js';
import type { EntityManager, Orm } from '../database/orm.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';

interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  scope: { level: ScopeLevel; code: string } | { level: ScopeLevel.CIRCONSCRIPTION; circonscriptionCode: string };
}

/** One account per role; the ERUN hold the demo circonscriptions of the source documents' schools. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@ent-ecole.test', displayName: 'Alice Administratrice (démo)', role: Role.ADMIN, scope: { level: ScopeLevel.REGION, code: '76' } },
  { email: 'academie@ent-ecole.test', displayName: 'Bruno Équipe académique (démo)', role: Role.ACADEMIC_TEAM, scope: { level: ScopeLevel.REGION, code: '76' } },
  { email: 'dpo@ent-ecole.test', displayName: 'Denise Déléguée à la protection des données (démo)', role: Role.DPO, scope: { level: ScopeLevel.REGION, code: '76' } },
  { email: 'support@ent-ecole.test', displayName: 'Sofiane Assistance (démo)', role: Role.SUPPORT, scope: { level: ScopeLevel.REGION, code: '76' } },
  { email: 'erun-34@ent-ecole.test', displayName: 'Élodie ERUN Pic Saint-Loup (démo)', role: Role.ERUN, scope: { level: ScopeLevel.CIRCONSCRIPTION, circonscriptionCode: 'DEMO-34-PSL' } },
  { email: 'erun-81@ent-ecole.test', displayName: 'Étienne ERUN Albi Nord (démo)', role: Role.ERUN, scope: { level: ScopeLevel.CIRCONSCRIPTION, circonscriptionCode: 'DEMO-81-ALB' } },
];

async function scopeCode(em: EntityManager, scope: DemoAccount['scope']): Promise<string> {
  if ('code' in scope) return scope.code;
  const [row] = await rows<{ id: number }>(em, sqlBuilder(em).selectFrom('circonscription').select('id').where('code', '=', scope.circonscriptionCode));
  if (!row) throw new Error(`Demo circonscription ${scope.circonscriptionCode} is missing`);
  return String(row.id);
}

/**
 * Creates the demo accounts that are missing and gives every one of them the password of DEMO_PASSWORD,
 * so that the printed password always works. Development only.
 */
export async function ensureDemoAccounts(orm: Orm, config: Config): Promise<void> {
  if (config.env === 'production') throw new Error('Demo accounts are refused in production.');
  const em = orm.em.fork() as EntityManager;
  const db = sqlBuilder(em);
  const now = new Date();
  let newHash: string | undefined;
  for (const account of DEMO_ACCOUNTS) {
    const [existing] = await rows<{ id: number; passwordHash: string }>(em, db.selectFrom('app_user').select(['id', 'password_hash as passwordHash']).where('email', '=', account.email));
    if (existing && (await verifyPassword(existing.passwordHash, config.demoPassword))) continue;
    newHash ??= await hashPassword(config.demoPassword);
    await em.transactional(async (tx) => {
      const t = sqlBuilder(tx);
      let userId = existing?.id;
      if (userId) {
        await rows(tx, t.updateTable('app_user').set({ password_hash: newHash, password_changed_at: now, active: true }).where('id', '=', userId));
      } else {
        const [created] = await rows<{ id: number }>(tx, t.insertInto('app_user').values({
          email: account.email, display_name: account.displayName, password_hash: newHash, active: true, password_changed_at: now, created_at: now, updated_at: now,
        }).returning('id'));
        userId = created!.id;
      }
      await rows(tx, t.insertInto('user_grant').values({ user_id: userId, role: account.role, scope_level: account.scope.level, scope_code: await scopeCode(tx, account.scope) })
        .onConflict((oc) => oc.columns(['user_id', 'role', 'scope_level', 'scope_code']).doNothing()));
    });
  }
}
