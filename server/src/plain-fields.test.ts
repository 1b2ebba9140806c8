import { describe, expect, it } from 'vitest';
import { GraphQLObjectType } from 'graphql';
import { buildAppSchema } from './schema.js';

describe('plain fields resolved by GraphQL’s default resolver', () => {
  it('drops type-graphql’s wrapper from plain fields, keeps resolver methods and access rules', async () => {
    const schema = await buildAppSchema();
    const fields = (name: string) => (schema.getType(name) as GraphQLObjectType).getFields();
    expect(fields('Incident').title!.resolve).toBeUndefined();
    expect(fields('Incident').school!.resolve).toBeUndefined(); // joined into the view when selected
    expect(fields('IncidentPage').totalCount!.resolve).toBeUndefined(); // inherited from the generic page
    expect(fields('Incident').breached!.resolve).toBeTypeOf('function');
    expect(fields('School').commune!.resolve).toBeTypeOf('function');
    expect(fields('Query').incidentQueue!.resolve).toBeTypeOf('function');
    expect(fields('Mutation').reportIncident!.resolve).toBeTypeOf('function');
  });
});
