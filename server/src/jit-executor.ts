import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { getVariableValues, GraphQLError, locatedError, printSchema, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Compiled plans kept per server (plans, not data): the console sends a few dozen distinct documents. */
const MAX_PLANS = 500;

/**
 * Executes operations with graphql-jit, which compiles each document into a JavaScript function once and
 * then runs it without graphql-js's per-field interpretation (docs/decisions/0012-benchmark.md).
 * Apollo Server exposes no executor option, only its gateway interface: we implement that interface over
 * our own schema. Parsing, validation (with the security limits), plugins and error formatting stay Apollo's.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const plans = new Map<string, CompiledQuery>();
  return {
    async load() {
      return {
        executor: async (request) => {
          const key = `${request.queryHash}\u0000${request.operationName ?? ''}`;
          let plan = plans.get(key);
          if (!plan) {
            const compiled = compileQuery(request.schema, request.document, request.operationName ?? undefined);
            if (!isCompiledQuery(compiled)) return compiled as ExecutionResult;
            if (plans.size >= MAX_PLANS) plans.delete(plans.keys().next().value!);
            plans.set(key, compiled);
            plan = compiled;
          }
          // Variables are coerced by graphql-js first: graphql-jit 0.8 ignores the default values of input
          // fields (`sector: SchoolSector! = PUBLIC`). Coercion is idempotent for our scalars, so jit's
          // second pass over the coerced values is harmless.
          const variables = getVariableValues(request.schema, request.operation.variableDefinitions ?? [], request.request.variables ?? {});
          if (variables.errors) {
            return { errors: variables.errors.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT' } })) };
          }
          const nul = request.source.includes('\u0000') ? 'query' : nulPath(variables.coerced);
          if (nul) {
            // PostgreSQL text cannot hold U+0000: refuse it as bad input instead of failing at the database.
            return { errors: [new GraphQLError(`Variable "$${nul.split('.')[0]}" got invalid value at "${nul}"; le caractère nul (U+0000) n’est pas accepté.`, { extensions: { code: 'BAD_USER_INPUT' } })] };
          }
          try {
            const result = (await plan.query(undefined, request.context, variables.coerced)) as ExecutionResult;
            return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
          } catch (error) {
            // graphql-jit lets some resolver failures escape (a constraint violation at commit of a racing
            // mutation): report them like graphql-js would, on the operation, for the one error mapping.
            return { data: null, errors: [locatedError(error, request.operation.selectionSet.selections, [rootName(request.operation)])] };
          }
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

/** The response key of the operation's first root field (mutations run one field at a time here). */
function rootName(operation: OperationDefinitionNode): string {
  const first = operation.selectionSet.selections[0];
  return first?.kind === 'Field' ? (first.alias ?? first.name).value : operation.operation;
}

/**
 * graphql-jit reports resolver failures with error objects of its own: they pass for GraphQLErrors but have
 * read-only messages (graphql-armor rewrites messages in production) and sometimes no `extensions` (Apollo's
 * normalisation then fails). Every error leaves as a real graphql-js GraphQLError, keeping its cause.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const cause = (error as { originalError?: unknown }).originalError;
  return new GraphQLError(error.message, {
    path: error.path,
    originalError: cause instanceof Error ? cause : undefined,
    extensions: error.extensions ?? (cause instanceof GraphQLError ? cause.extensions : undefined),
  });
}

/** The path (`input.name`) of the first string that contains U+0000, if any. */
function nulPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulPath(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}
