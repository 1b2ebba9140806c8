import DataLoader from 'dataloader';
import type { EntityManager } from '../database/orm.js';
import type { CurrentUser } from '../auth/current-user.js';
import { rows, sqlBuilder } from './sql.js';

/**
 * A batch loader declared by a module: `ctx.loaders.get(communeByCode).load('34276')`. Loaders live for
 * one request (so no data is cached across users), and are created the first time a request needs one.
 * They receive the request's user, so that a loader of perimeter-bound rows can apply the perimeter.
 */
export type LoaderDefinition<K, V> = (em: EntityManager, user: CurrentUser | null) => DataLoader<K, V | undefined>;

export class Loaders {
  private readonly created = new Map<LoaderDefinition<any, any>, DataLoader<any, any>>();

  constructor(private readonly em: EntityManager, private readonly user: CurrentUser | null) {}

  get<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V | undefined> {
    let loader = this.created.get(definition);
    if (!loader) {
      loader = definition(this.em, this.user);
      this.created.set(definition, loader);
    }
    return loader as DataLoader<K, V | undefined>;
  }
}

/** A loader by primary key: one `where key in (…)` statement per batch, results matched back by key. */
export function byKey<K extends string | number, V>(
  fetch: (em: EntityManager, keys: readonly K[], user: CurrentUser | null) => Promise<V[]>,
  keyOf: (value: V) => K,
): LoaderDefinition<K, V> {
  return (em, user) =>
    new DataLoader<K, V | undefined>(async (keys) => {
      const found = new Map((await fetch(em, keys, user)).map((value) => [String(keyOf(value)), value]));
      return keys.map((key) => found.get(String(key)));
    });
}

/** A loader of one table's rows by primary key, turned into views: the common case of `byKey`. */
export function rowLoader<K extends string | number, V>(spec: {
  from: string;
  key: string;
  columns: string[];
  toView: (row: Record<string, unknown>) => V;
  keyOf: (view: V) => K;
}): LoaderDefinition<K, V> {
  return byKey<K, V>(
    async (em, keys) => (await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom(spec.from).select(spec.columns).where(spec.key, 'in', keys))).map(spec.toView),
    spec.keyOf,
  );
}

/** A loader of the rows that belong to each key (a convention's schools…): one `in (…)` statement per batch. */
export function groupedBy<K extends string | number, V>(
  fetch: (em: EntityManager, keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): LoaderDefinition<K, V[]> {
  return (em) =>
    new DataLoader<K, V[] | undefined>(async (keys) => {
      const groups = new Map<string, V[]>();
      for (const value of await fetch(em, keys)) {
        const key = String(keyOf(value));
        const group = groups.get(key);
        if (group) group.push(value);
        else groups.set(key, [value]);
      }
      return keys.map((key) => groups.get(String(key)) ?? []);
    });
}
