import type {
  CreateParams,
  CreateResult,
  DataProvider,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyReferenceParams,
  GetManyReferenceResult,
  GetManyResult,
  GetOneParams,
  GetOneResult,
  Identifier,
  RaRecord,
  UpdateParams,
  UpdateResult,
} from 'react-admin';
import { toListQuery, type ListQuery } from './listQuery';
import type { ResourceApi } from './resourceApi';
import { notFoundError, toHttpError } from './serverErrors';
import type { Values } from './values';

const unsupported = (resource: string, operation: string) =>
  Promise.reject(new Error(`Opération non prise en charge : ${operation} sur ${resource}.`));

/** Runs an API call and turns its failure into react-admin's HttpError; `formData` names the form's fields. */
const mapped = <T>(call: () => Promise<T>, formData: Values = {}): Promise<T> =>
  call().catch((error: unknown) => {
    throw toHttpError(error, new Set(Object.keys(formData)));
  });

/** API calls outside react-admin's CRUD methods (account actions, the audit chain check…), by name. */
export type Commands = Readonly<Record<string, (input: never) => Promise<unknown>>>;

/**
 * Each command as a data provider method answering `{ data }`, as react-admin's own do: called through
 * `useDataProvider()`, a 401 goes through the authProvider's `checkError` like any other request.
 */
export type CommandMethods<C extends Commands> = {
  [K in keyof C]: (input: Parameters<C[K]>[0]) => Promise<{ data: Awaited<ReturnType<C[K]>> }>;
};

/** A command's input object names the form's fields, so that the server's field errors land under them. */
const formFieldsOf = (input: unknown): Values => (typeof input === 'object' && input !== null ? (input as Values) : {});

/**
 * react-admin's data provider over a registry of typed resource APIs, plus the commands. react-admin lets
 * each caller declare the record type it expects (`R`); the registry's records are cast to it here, and
 * only here.
 */
export function createDataProvider<C extends Commands>(resources: Readonly<Record<string, ResourceApi>>, commands: C): DataProvider & CommandMethods<C> {
  const apiOf = (resource: string): ResourceApi => {
    const api = Object.hasOwn(resources, resource) ? resources[resource] : undefined;
    if (!api) throw new Error(`Unknown resource "${resource}": add it to dataProvider/registry.ts`);
    return api;
  };

  const list = (resource: string, query: ListQuery) => mapped(() => apiOf(resource).getList(query));

  const one = async (resource: string, id: Identifier): Promise<RaRecord | null> => {
    const { getOne } = apiOf(resource);
    return getOne ? mapped(() => getOne(id)) : unsupported(resource, 'getOne');
  };

  const commandMethods = Object.fromEntries(
    Object.entries(commands).map(([name, command]) => [
      name,
      async (input: unknown) => ({ data: await mapped(() => command(input as never), formFieldsOf(input)) }),
    ]),
  ) as CommandMethods<C>;

  return {
    ...commandMethods,
    getList: async <R extends RaRecord>(resource: string, params: GetListParams) =>
      (await list(resource, toListQuery(params))) as GetListResult<R>,

    getOne: async <R extends RaRecord>(resource: string, { id }: GetOneParams<R>) => {
      const record = await one(resource, id);
      if (!record) throw notFoundError();
      return { data: record } as GetOneResult<R>;
    },

    // Resources without a lookup by several keys are asked for each id (reference inputs and fields ask
    // for a handful at a time).
    getMany: async <R extends RaRecord>(resource: string, { ids }: GetManyParams<R>) => {
      const { getMany } = apiOf(resource);
      const records = getMany ? await mapped(() => getMany(ids)) : await Promise.all(ids.map((id) => one(resource, id)));
      return { data: records.filter((record) => record !== null) } as GetManyResult<R>;
    },

    getManyReference: async <R extends RaRecord>(resource: string, { target, id, pagination, sort, filter }: GetManyReferenceParams) =>
      (await list(resource, toListQuery({ pagination, sort, filter: { ...filter, [target]: id } }))) as GetManyReferenceResult<R>,

    create: async <R extends Omit<RaRecord, 'id'>, RR extends RaRecord = R & { id: Identifier }>(resource: string, { data }: CreateParams) => {
      const { create } = apiOf(resource);
      if (!create) return unsupported(resource, 'create');
      const formData = data as Values;
      return { data: await mapped(() => create(formData), formData) } as CreateResult<RR>;
    },

    update: async <R extends RaRecord>(resource: string, { id, data, previousData }: UpdateParams<R>) => {
      const { update } = apiOf(resource);
      if (!update) return unsupported(resource, 'update');
      const formData = data as Values;
      return { data: await mapped(() => update({ id, data: formData, previousData: previousData as Values }), formData) } as UpdateResult<R>;
    },

    updateMany: (resource: string) => unsupported(resource, 'updateMany'),
    delete: (resource: string) => unsupported(resource, 'delete'),
    deleteMany: (resource: string) => unsupported(resource, 'deleteMany'),
  };
}
