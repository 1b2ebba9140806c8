import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from './audit/audit.resolver.js';
import { assertEveryOperationHasAccess } from './auth/access.js';
import { resolvePlainFieldsByDefault } from './plain-fields.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { UsersResolver } from './auth/users.resolver.js';
import { IncidentResolver } from './incidents/incident.resolver.js';
import { IncidentStatsResolver } from './incidents/incident-stats.resolver.js';
import { SavedIncidentFilterResolver } from './incidents/saved-filter.resolver.js';
import { CampaignResolver } from './conventions/campaign.resolver.js';
import { CommuneContactResolver } from './conventions/commune-contact.resolver.js';
import { AmendmentFieldsResolver, ConventionFieldsResolver, DeliberationFieldsResolver } from './conventions/convention-fields.resolver.js';
import { ConventionResolver } from './conventions/convention.resolver.js';
import { ConventionDashboardResolver, ConventionTotalResolver } from './conventions/dashboard.resolver.js';
import { RenewalCandidateResolver, RenewalResolver } from './conventions/renewal.resolver.js';
import { GroupingResolver, SchoolPayerResolver } from './conventions/grouping.resolver.js';
import { PaymentResolver } from './conventions/payment.resolver.js';
import { DirectoryImportItemResolver, DirectoryImportResolver } from './directory-import/directory-import.resolver.js';
import { NotificationsResolver } from './notifications/notifications.resolver.js';
import { PublicationCoverageResolver } from './publication-directors/coverage.resolver.js';
import {
  CommunePublicationDirectorResolver, PublicationDirectorResolver, SchoolPublicationDirectorResolver,
} from './publication-directors/publication-director.resolver.js';
import { DataBreachResolver } from './data-breaches/data-breach.resolver.js';
import { DataSubjectRequestResolver } from './data-requests/data-request.resolver.js';
import { LetterTemplateResolver } from './data-requests/letter.resolver.js';
import { ProcessingActivityResolver } from './processing-register/processing.resolver.js';
import { SchoolResolver } from './schools/school.resolver.js';
import { AcademyResolver, CirconscriptionResolver, CommuneResolver, DepartmentResolver } from './territory/territory.resolver.js';

/** Every resolver of the API, registered explicitly. */
export const resolvers = [
  AuthResolver, UsersResolver, AuditResolver, NotificationsResolver,
  AcademyResolver, DepartmentResolver, CommuneResolver, CirconscriptionResolver, SchoolResolver,
  PublicationDirectorResolver, SchoolPublicationDirectorResolver, CommunePublicationDirectorResolver, PublicationCoverageResolver,
  IncidentResolver, IncidentStatsResolver, SavedIncidentFilterResolver,
  CampaignResolver, CommuneContactResolver, GroupingResolver, SchoolPayerResolver, ConventionResolver, ConventionFieldsResolver,
  DeliberationFieldsResolver, AmendmentFieldsResolver, PaymentResolver, ConventionDashboardResolver, ConventionTotalResolver,
  RenewalResolver, RenewalCandidateResolver,
  DataSubjectRequestResolver, LetterTemplateResolver, ProcessingActivityResolver, DataBreachResolver,
  DirectoryImportResolver, DirectoryImportItemResolver,
] as const;

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    // Inputs are plain GraphQL objects turned into class instances by type-graphql, then checked here.
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
  });
  assertEveryOperationHasAccess(schema);
  return resolvePlainFieldsByDefault(schema);
}

/** The committed `schema/schema.graphql`: sorted so that its diff shows real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
