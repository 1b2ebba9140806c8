import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql gives every plain field a resolver of its own that reads the property after running the
 * field's middlewares, even when there are none: an allocation and two calls per field and per object, and
 * graphql-jit cannot inline a property read it cannot see. On a page of 50 incidents that is a thousand
 * calls. This gives such fields back GraphQL's default resolver, which reads the same property; a field
 * with a middleware (an access rule), a resolver method, or a property renamed in the schema keeps
 * type-graphql's. Runs on the built schema, once, at start-up.
 */
export function resolvePlainFieldsByDefault(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    const target = storage.objectTypes.find((objectType) => objectType.name === type.name)?.target;
    if (!target) continue;
    const chain = classChain(target);
    const fields = type.getFields();
    for (const metadata of storage.fields) {
      if (!chain.includes(metadata.target)) continue;
      const field = fields[metadata.schemaName];
      if (!field || metadata.schemaName !== metadata.name || metadata.middlewares?.length || metadata.roles?.length) continue;
      const resolvedByMethod = storage.fieldResolvers.some((resolver) => resolver.methodName === metadata.name && chain.includes(resolver.getObjectType?.() as Function));
      if (!resolvedByMethod) field.resolve = undefined;
    }
  }
  return schema;
}

/** A class and its ancestors: an object type inherits the fields of the classes it extends. */
function classChain(target: Function): Function[] {
  const chain: Function[] = [];
  for (let current: Function | null = target; current && current !== Function.prototype; current = Object.getPrototypeOf(current) as Function | null) chain.push(current);
  return chain;
}
