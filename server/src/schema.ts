import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from './audit/audit.resolver.js';
import { assertEveryOperationHasAccess } from './auth/access.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { UsersResolver } from './auth/users.resolver.js';
import { DirectoryImportItemResolver, DirectoryImportResolver } from './directory-import/directory-import.resolver.js';
import { NotificationsResolver } from './notifications/notifications.resolver.js';
import { SchoolResolver } from './schools/school.resolver.js';
import { AcademyResolver, CirconscriptionResolver, CommuneResolver, DepartmentResolver } from './territory/territory.resolver.js';

/** Every resolver of the API, registered explicitly. */
export const resolvers = [
  AuthResolver, UsersResolver, AuditResolver, NotificationsResolver,
  AcademyResolver, DepartmentResolver, CommuneResolver, CirconscriptionResolver, SchoolResolver,
  DirectoryImportResolver, DirectoryImportItemResolver,
] as const;

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    // Inputs are plain GraphQL objects turned into class instances by type-graphql, then checked here.
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
  });
  assertEveryOperationHasAccess(schema);
  return schema;
}

/** The committed `schema/schema.graphql`: sorted so that its diff shows real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
