import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Identifier, RaRecord } from 'react-admin';
import { graphqlRequest } from './graphqlRequest';
import type { ListQuery } from './listQuery';
import type { Values } from './values';

export interface UpdateQuery {
  id: Identifier;
  /** The form's values. */
  data: Values;
  /** The record as the form loaded it (its `version`, for optimistic locking). */
  previousData: Values;
}

/**
 * What the data provider can do with one resource, each operation bound to a generated document.
 * Operations a resource lacks are left out: the data provider refuses them.
 */
export interface ResourceApi<TRecord extends RaRecord = RaRecord> {
  getList(query: ListQuery): Promise<{ data: TRecord[]; total: number }>;
  getOne?(id: Identifier): Promise<TRecord | null>;
  /** Several records in one request; without it, the data provider asks for each id. */
  getMany?(ids: Identifier[]): Promise<TRecord[]>;
  create?(data: Values): Promise<TRecord>;
  update?(query: UpdateQuery): Promise<TRecord>;
}

/**
 * One API call typed end to end: react-admin's input → the document's variables → its result → what
 * react-admin expects. The compiler checks both mappings against the generated types.
 */
export const operation =
  <TInput, TResult, TVariables, TOutput>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: (input: TInput) => TVariables,
    output: (result: TResult) => TOutput,
  ) =>
  async (input: TInput): Promise<TOutput> =>
    output(await graphqlRequest(document, variables(input)));

/** The API's largest page. */
const MAX_PAGE = 500;

/**
 * `getMany` through the list query filtered by several keys (`ids`, `uais`, `inseeCodes`): one request
 * per 500 ids, however many reference fields of a page ask for records at once.
 */
export const manyThroughList =
  <TRecord extends RaRecord>(getList: ResourceApi<TRecord>['getList'], keysFilter: string) =>
  async (ids: Identifier[]): Promise<TRecord[]> => {
    const pages: Array<Promise<{ data: TRecord[] }>> = [];
    for (let start = 0; start < ids.length; start += MAX_PAGE) {
      const keys = ids.slice(start, start + MAX_PAGE).map(String);
      pages.push(getList({ offset: 0, limit: keys.length, sort: undefined, filter: { [keysFilter]: keys } }));
    }
    return (await Promise.all(pages)).flatMap((page) => page.data);
  };
