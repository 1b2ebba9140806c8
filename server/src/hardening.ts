import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits from the OWASP GraphQL cheat sheet, sized on the console's heaviest query (a page of schools
 * with every field and relation costs about 100): depth 10 (the leaf counts as a level), 15 aliases, a
 * static cost of 1,000, 20 directives, 5,000 tokens. Field suggestions ("Did you mean…") reveal the
 * schema that introspection hides: off in production.
 */
export function armorConfig(production: boolean): NonNullable<ConstructorParameters<typeof ApolloArmor>[0]> {
  return {
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 1000 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 5000 },
    blockFieldSuggestion: { enabled: production },
  };
}

export function armor(production: boolean) {
  return new ApolloArmor(armorConfig(production)).protect();
}
