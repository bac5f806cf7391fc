// Reads which fields a request selects below the root field (through fragments), so a root
// query can skip parts nobody asked for while still being one query.
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql/index.js';

function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  out: FieldNode[],
): void {
  if (!selectionSet) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') out.push(selection);
    else if (selection.kind === 'InlineFragment') fieldsOf(selection.selectionSet, info, out);
    else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) fieldsOf(fragment.selectionSet, info, out);
    }
  }
}

/** True when the request selects the field at `path` (field names, aliases ignored) under the root field. */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    const children: FieldNode[] = [];
    for (const node of level) fieldsOf(node.selectionSet, info, children);
    level = children.filter((f) => f.name.value === name);
    if (level.length === 0) return false;
  }
  return true;
}
