import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { getVariableValues, GraphQLError, printSchema, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Compiled plans kept per server (plans, not data): the console sends a few dozen distinct documents. */
const MAX_PLANS = 500;

/**
 * Executes operations with graphql-jit, which compiles each document into a JavaScript function once and
 * then runs it without graphql-js's per-field interpretation (docs/decisions/0012-read-performance.md).
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
          return (await plan.query(undefined, request.context, variables.coerced)) as ExecutionResult;
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
