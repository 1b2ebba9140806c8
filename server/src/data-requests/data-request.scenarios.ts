import { graphql } from '../test-support/generated/index.js';
import type { CreateDataSubjectRequestInput } from '../test-support/generated/graphql.js';
import type { TestClient } from '../test-support/test-server.js';
import { Role } from '../auth/auth.enums.js';

export const DPO = [{ role: Role.DPO }];

/** The day the test servers believe it is (Europe/Paris): requests received before it are in the past. */
export const TODAY = '2024-03-20';
export const fixedClock = () => new Date(`${TODAY}T10:00:00Z`);

export const CreateRequest = graphql(`
  mutation CreateRequest($input: CreateDataSubjectRequestInput!) {
    createDataSubjectRequest(input: $input) { id reference dueOn status }
  }
`);

export const ExtendRequest = graphql(`
  mutation ExtendRequest($id: ID!, $input: ExtendDataSubjectRequestInput!) {
    extendDataSubjectRequest(id: $id, input: $input) { id dueOn initialDueOn extended extensionNotifiedOn daysLeft }
  }
`);

export const AnswerRequest = graphql(`
  mutation AnswerRequest($id: ID!, $input: AnswerDataSubjectRequestInput!) {
    answerDataSubjectRequest(id: $id, input: $input) { id status answeredOn firstAnsweredOn answeredLate outcome refusalGround daysLeft }
  }
`);

export const CloseRequest = graphql(`
  mutation CloseRequest($id: ID!, $closedOn: Date!) { closeDataSubjectRequest(id: $id, closedOn: $closedOn) { id status closedOn } }
`);

/** A request of Camille Martin for herself, by e-mail; `overrides` replace any field. */
export function requestInput(overrides: Partial<CreateDataSubjectRequestInput> = {}): CreateDataSubjectRequestInput {
  return {
    rights: ['ACCESS'], receivedOn: '2024-01-31', channel: 'EMAIL', content: 'Je souhaite obtenir la copie des données me concernant dans l’ENT.',
    applicant: { firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@exemple.test' },
    ...overrides,
  };
}

/** Registers a request and returns what the mutation answered; fails the test on any error. */
export async function registerRequest(client: TestClient, overrides: Partial<CreateDataSubjectRequestInput> = {}) {
  const { data, errors } = await client.gql(CreateRequest, { input: requestInput(overrides) });
  if (errors) throw new Error(`registerRequest: ${JSON.stringify(errors)}`);
  return data!.createDataSubjectRequest;
}
