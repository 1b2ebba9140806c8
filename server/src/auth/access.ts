import { Extensions, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import { Role } from './auth.enums.js';

/**
 * The access decision of an operation or a field: anyone, any signed-in user, or some roles. Where inside
 * their perimeter a user may act is the services' business (they filter in SQL and check targets).
 */
export type AccessRule = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'roles'; roles: Role[] };

function enforce(rule: AccessRule): MiddlewareFn<RequestContext> {
  return ({ context }, next) => {
    if (rule.kind === 'public') return next();
    const user = context.user;
    if (!user) throw new UnauthenticatedError();
    if (rule.kind === 'roles' && !user.hasRole(...rule.roles)) throw new ForbiddenError('Votre rôle ne permet pas cette action.');
    return next();
  };
}

/** Records the rule in the schema (so tests and start-up can check every operation has one) and enforces it. */
function access(rule: AccessRule): MethodDecorator & PropertyDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    Extensions({ access: rule })(target, key, descriptor as PropertyDescriptor);
    UseMiddleware(enforce(rule))(target, key, descriptor as PropertyDescriptor);
  };
}

/** Anyone, signed in or not (sign-in itself, `me`). */
export const Public = () => access({ kind: 'public' });
/** Any signed-in user, whatever the role (reference data, one's own account). */
export const SignedIn = () => access({ kind: 'signedIn' });
/** Users holding one of these roles (ADMIN holds them all). */
export const Roles = (...roles: Role[]) => access({ kind: 'roles', roles });

export function accessRuleOf(schema: GraphQLSchema, type: 'Query' | 'Mutation', field: string): AccessRule | undefined {
  const root = type === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return root?.getFields()[field]?.extensions.access as AccessRule | undefined;
}

/**
 * Deny by default: the schema does not build when an operation has no access rule, so a forgotten
 * decorator is a start-up failure, never an open door.
 */
export function assertEveryOperationHasAccess(schema: GraphQLSchema): void {
  const missing: string[] = [];
  for (const type of ['Query', 'Mutation'] as const) {
    const root = type === 'Query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.keys(root?.getFields() ?? {})) if (!accessRuleOf(schema, type, field)) missing.push(`${type}.${field}`);
  }
  if (missing.length) throw new Error(`Operations without an access rule (add @Public, @SignedIn or @Roles): ${missing.join(', ')}`);
}
