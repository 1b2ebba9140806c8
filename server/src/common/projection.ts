import type { Selection } from './selection.js';

/**
 * The columns a read selects for a read model: its core fields always (keys of its relations, what its
 * computed fields work from), the others only when the client selected the GraphQL field of the same name.
 * A page of 50 open incidents showing 13 of their 35 fields then reads, decodes and maps about a third of
 * the values (test/bench/RESULTS.md). Internal readers (exports, loaders, mutations' checks) pass
 * `Selection.all()` and get every column. Fields left out are absent from the view, and never resolved.
 */
export class Projection {
  private readonly entries: ReadonlyArray<readonly [field: string, column: string]>;
  private readonly core: ReadonlySet<string>;
  private readonly computed: ReadonlyArray<readonly [field: string, needs: readonly string[]]>;

  /**
   * `columns`: view field → SQL column; `core`: the fields always read; `computed`: the fields that GraphQL
   * fields resolved in code work from (`breached` → the due instants and what stops them).
   */
  constructor(columns: Record<string, string>, core: readonly string[], computed: Record<string, readonly string[]> = {}) {
    this.entries = Object.entries(columns);
    const unknown = [...core, ...Object.values(computed).flat()].filter((field) => !(field in columns));
    if (unknown.length) throw new Error(`fields without a column: ${unknown.join(', ')}`);
    this.core = new Set(core);
    this.computed = Object.entries(computed);
  }

  /** `alias.column as prefixfield` for each column to read. */
  columns(alias: string, selection: Selection, prefix = ''): string[] {
    const needed = new Set(this.core);
    for (const [field, needs] of this.computed) if (selection.has(field)) for (const need of needs) needed.add(need);
    const wanted: string[] = [];
    for (const [field, column] of this.entries) {
      if (needed.has(field) || selection.has(field)) wanted.push(`${alias}.${column} as ${prefix}${field}`);
    }
    return wanted;
  }
}
