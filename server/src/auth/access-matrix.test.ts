import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../schema.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server.js';
import { accessRuleOf } from './access.js';
import { Role } from './auth.enums.js';

/**
 * Who may call what: every operation of the schema, for an anonymous caller and each role (A = allowed,
 * - = denied), columns ANONYMOUS ADMIN ACADEMIC_TEAM DPO ERUN SUPPORT. A new operation missing here fails
 * this test, and so does a rule that differs from the row. Where inside their perimeter a role may act is
 * tested by each module.
 */
const MATRIX: Record<string, string> = {
  // Authentication
  'Query.me': 'A A A A A A',
  'Mutation.login': 'A A A A A A',
  'Mutation.logout': '- A A A A A',
  'Mutation.changePassword': '- A A A A A',
  // Accounts (administrators)
  'Query.users': '- A - - - -',
  'Query.user': '- A - - - -',
  'Mutation.createUser': '- A - - - -',
  'Mutation.updateUser': '- A - - - -',
  'Mutation.setUserGrants': '- A - - - -',
  'Mutation.deactivateUser': '- A - - - -',
  'Mutation.reactivateUser': '- A - - - -',
  'Mutation.revokeUserSessions': '- A - - - -',
  'Mutation.resetUserPassword': '- A - - - -',
  // Audit trail
  'Query.auditEntries': '- A - A - -',
  'Query.auditChain': '- A - A - -',
  // Mail outbox
  'Query.notifications': '- A - - - -',
  'Mutation.retryNotification': '- A - - - -',
  // Territory (public reference data, for every signed-in user)
  'Query.academies': '- A A A A A',
  'Query.departments': '- A A A A A',
  'Query.communes': '- A A A A A',
  'Query.commune': '- A A A A A',
  'Query.circonscriptions': '- A A A A A',
  'Query.circonscription': '- A A A A A',
  // Schools (read within one's perimeter; written by the academic team)
  'Query.schools': '- A A A A A',
  'Query.school': '- A A A A A',
  'Mutation.createSchool': '- A A - - -',
  'Mutation.updateSchool': '- A A - - -',
  'Mutation.closeSchool': '- A A - - -',
  // Publication directors (assigned by ERUN within their circonscriptions; coverage read by the academic
  // team and the DPO too; support reads only School.publicationDirector, a field)
  'Mutation.assignPublicationDirector': '- A - - A -',
  'Mutation.endPublicationDirector': '- A - - A -',
  'Mutation.acknowledgeCharter': '- A - - A -',
  'Query.publicationCoverage': '- A A A A -',
  'Query.publicationCoverageSummary': '- A A A A -',
  'Query.publicationDirectorProposals': '- A - - A -',
  'Mutation.assignProposedPublicationDirectors': '- A - - A -',
  // Incidents (read within one's perimeter, the DPO its category; reported by support, ERUN, academic teams; handled by support)
  'Query.incidents': '- A A A A A',
  'Query.incidentQueue': '- A A A A A',
  'Query.incident': '- A A A A A',
  'Query.incidentAgents': '- A - - - A',
  'Query.incidentSummary': '- A A A A A',
  'Query.incidentTrends': '- A A A A A',
  'Mutation.reportIncident': '- A A - A A',
  'Mutation.attachIncidentFiles': '- A A - A A',
  'Mutation.assignIncident': '- A - - - A',
  'Mutation.changeIncidentStatus': '- A - - - A',
  'Mutation.overrideIncidentPriority': '- A - - - A',
  'Mutation.commentIncident': '- A - - - A',
  'Mutation.escalateIncident': '- A - - - A',
  'Mutation.recordVendorAnswer': '- A - - - A',
  'Mutation.linkIncidents': '- A - - - A',
  'Mutation.resolveMajorIncident': '- A - - - A',
  // Saved incident filters (each user's own)
  'Query.savedIncidentFilters': '- A A A A A',
  'Mutation.saveIncidentFilter': '- A A A A A',
  'Mutation.updateIncidentFilter': '- A A A A A',
  'Mutation.deleteIncidentFilter': '- A A A A A',
  // Conventions with communes (administrators and the academic team, within their perimeter; docs/decisions/0007)
  'Query.campaigns': '- A A - - -',
  'Mutation.saveCampaign': '- A A - - -',
  'Query.communeContact': '- A A - - -',
  'Mutation.saveCommuneContact': '- A A - - -',
  'Query.groupings': '- A A - - -',
  'Query.grouping': '- A A - - -',
  'Mutation.saveGrouping': '- A A - - -',
  'Mutation.deleteGrouping': '- A A - - -',
  'Query.conventions': '- A A - - -',
  'Query.convention': '- A A - - -',
  'Mutation.createConvention': '- A A - - -',
  'Mutation.setConventionSchools': '- A A - - -',
  'Mutation.sendConvention': '- A A - - -',
  'Mutation.recordDeliberation': '- A A - - -',
  'Mutation.signConvention': '- A A - - -',
  'Mutation.cancelConvention': '- A A - - -',
  'Mutation.amendConvention': '- A A - - -',
  'Mutation.signAmendment': '- A A - - -',
  'Mutation.attachConventionScan': '- A A - - -',
  'Query.payments': '- A A - - -',
  'Mutation.recordRevenueOrder': '- A A - - -',
  'Mutation.recordPayment': '- A A - - -',
  'Query.conventionFunnel': '- A A - - -',
  'Query.conventionTotals': '- A A - - -',
  'Query.communesWithoutConvention': '- A A - - -',
  'Query.conventionRenewalPreview': '- A A - - -',
  'Mutation.renewConventions': '- A A - - -',
  // Data-subject requests, letters, processing register, breaches (the DPO and administrators only)
  'Query.dataSubjectRequests': '- A - A - -',
  'Query.dataSubjectRequest': '- A - A - -',
  'Query.dataSubjectRequestDashboard': '- A - A - -',
  'Query.dataSubjectRequestReport': '- A - A - -',
  'Mutation.createDataSubjectRequest': '- A - A - -',
  'Mutation.updateDataSubjectRequest': '- A - A - -',
  'Mutation.startDataSubjectRequest': '- A - A - -',
  'Mutation.extendDataSubjectRequest': '- A - A - -',
  'Mutation.recordIdentityCheck': '- A - A - -',
  'Mutation.answerDataSubjectRequest': '- A - A - -',
  'Mutation.closeDataSubjectRequest': '- A - A - -',
  'Mutation.reopenDataSubjectRequest': '- A - A - -',
  'Query.letterTemplates': '- A - A - -',
  'Mutation.updateLetterTemplate': '- A - A - -',
  'Mutation.resetLetterTemplate': '- A - A - -',
  'Query.processingActivities': '- A - A - -',
  'Query.processingActivity': '- A - A - -',
  'Mutation.createProcessingActivity': '- A - A - -',
  'Mutation.updateProcessingActivity': '- A - A - -',
  'Mutation.deleteProcessingActivity': '- A - A - -',
  'Query.dataBreaches': '- A - A - -',
  'Query.dataBreach': '- A - A - -',
  'Mutation.openBreach': '- A - A - -',
  'Mutation.updateBreach': '- A - A - -',
  'Mutation.notifyBreach': '- A - A - -',
  'Mutation.informBreachSubjects': '- A - A - -',
  // Directory imports (administrators and the academic team; the team sees its own runs)
  'Query.directoryImports': '- A A - - -',
  'Query.directoryImport': '- A A - - -',
  'Mutation.startDirectoryImport': '- A A - - -',
  'Mutation.applyDirectoryImport': '- A A - - -',
};

const CALLERS = ['ANONYMOUS', Role.ADMIN, Role.ACADEMIC_TEAM, Role.DPO, Role.ERUN, Role.SUPPORT] as const;
type Caller = (typeof CALLERS)[number];

function expected(operation: string): Record<Caller, boolean> {
  const cells = MATRIX[operation]!.split(' ');
  return Object.fromEntries(CALLERS.map((caller, i) => [caller, cells[i] === 'A'])) as Record<Caller, boolean>;
}

function operationsOf(schema: GraphQLSchema): Array<{ type: 'Query' | 'Mutation'; field: GraphQLField<unknown, unknown> }> {
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ type: 'Query' as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ type: 'Mutation' as const, field })),
  ];
}

/** A value of the right type for a required argument: calls must reach the access check, not fail parsing. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, sample(f.type)]));
  }
  if (isScalarType(type)) {
    return ({ Int: 1, Float: 1, Boolean: false, ID: '999999', Date: '2024-01-15', DateTime: '2024-01-15T10:00:00Z' } as Record<string, unknown>)[type.name] ?? 'x';
  }
  throw new Error(`no sample for ${String(type)}`);
}

function request(type: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const args = required.length ? `(${required.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  return {
    query: `${type.toLowerCase()}${declarations ? `(${declarations})` : ''} { ${field.name}${args}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)])),
  };
}

describe('access matrix', () => {
  it('has a row for every operation of the schema, and no row for a removed one', async () => {
    const schema = await buildAppSchema();
    const names = operationsOf(schema).map(({ type, field }) => `${type}.${field.name}`).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(names);
  });

  it('matches the rule each operation declares', async () => {
    const schema = await buildAppSchema();
    for (const { type, field } of operationsOf(schema)) {
      const rule = accessRuleOf(schema, type, field.name)!;
      const declared = Object.fromEntries(CALLERS.map((caller) => [caller,
        rule.kind === 'public' || (caller !== 'ANONYMOUS' && (rule.kind === 'signedIn' || caller === Role.ADMIN || rule.roles.includes(caller)))]));
      expect({ operation: `${type}.${field.name}`, ...declared }).toEqual({ operation: `${type}.${field.name}`, ...expected(`${type}.${field.name}`) });
    }
  });
});

describe.each(drivers)('access matrix enforced over HTTP (%s)', (driver) => {
  let server: TestServer;
  const clients = new Map<Caller, TestClient>();
  beforeAll(async () => {
    server = await startTestServer(driver);
    clients.set('ANONYMOUS', server.client());
    for (const role of CALLERS.slice(1) as Role[]) clients.set(role, await server.signIn([{ role }]));
  });
  afterAll(() => server?.close());

  it('denies exactly what the matrix denies, with UNAUTHENTICATED or FORBIDDEN', async () => {
    const schema = await buildAppSchema();
    // Signing out last, so the other calls keep their session.
    const operations = operationsOf(schema).sort((a, b) => Number(a.field.name === 'logout') - Number(b.field.name === 'logout'));
    const outcomes: string[] = [];
    for (const { type, field } of operations) {
      const operation = `${type}.${field.name}`;
      if (expected(operation).ANONYMOUS) continue; // public: nothing to deny
      for (const caller of CALLERS) {
        const { errors } = await clients.get(caller)!.post(request(type, field));
        const code = errors?.find((error) => error.path?.[0] === field.name)?.extensions.code;
        const denied = code === (caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        if (denied === expected(operation)[caller]) outcomes.push(`${operation} ${caller}: ${denied ? 'denied' : 'allowed'} (${code ?? 'ok'})`);
      }
    }
    expect(outcomes).toEqual([]);
  });
});
