import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The fields a client selected under the current field, with fragments expanded, as nested sets:
 * `selected(info).has('commune')`, `selected(info).child('nodes').has('commune')`. Services use it to
 * join only the relations that are asked for and to skip a count nobody reads.
 */
export class Selection {
  private constructor(
    private readonly fields: Map<string, FieldNode[]>,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    readonly isAll = false,
  ) {}

  static of(info: GraphQLResolveInfo): Selection {
    return Selection.from(info.fieldNodes, info.fragments);
  }

  static from(nodes: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): Selection {
    const fields = new Map<string, FieldNode[]>();
    for (const node of nodes) if (node.selectionSet) collect(node.selectionSet, fragments, fields);
    return new Selection(fields, fragments);
  }

  /** Everything: for internal callers that need the whole object. */
  static all(): Selection {
    return new Selection(new Map(), {}, true);
  }

  has(field: string): boolean {
    return this.isAll || this.fields.has(field);
  }

  /** The names of the selected fields (what an audited read records, never the values). */
  names(): string[] {
    return [...this.fields.keys()].filter((name) => !name.startsWith('__')).sort();
  }

  child(field: string): Selection {
    if (this.isAll) return this;
    return Selection.from(this.fields.get(field) ?? [], this.fragments);
  }
}

function collect(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, into: Map<string, FieldNode[]>): void {
  for (const selection of set.selections) {
    if (selection.kind === 'Field') {
      const list = into.get(selection.name.value);
      if (list) list.push(selection);
      else into.set(selection.name.value, [selection]);
    } else if (selection.kind === 'InlineFragment') {
      collect(selection.selectionSet, fragments, into);
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment) collect(fragment.selectionSet, fragments, into);
    }
  }
}
