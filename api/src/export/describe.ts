// Small derived fields the flat formats add for convenience: a node's kind (its most specific
// label), a display label for tools that show one (Gephi; a claim's is core/claim-text.ts's),
// whether an edge type is symmetric, and a stable property-key order (id and name first, then
// alphabetical).
import { claimLabel } from '../../../core/claim-text.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../../core/model.ts';
import type { ExportEdge, ExportNode, Properties } from './graph-types.ts';
import { toJsonValue } from './values.ts';

export function nodeKind(node: ExportNode): string {
  return node.labels.find((l) => l !== 'Entity') ?? node.labels[0] ?? '';
}

/** `name` for entities; "killed: at least 60 people" for claims; the id otherwise. */
export function nodeLabel(node: ExportNode): string {
  const p = node.properties;
  if (typeof p.name === 'string') return p.name;
  if (typeof p.title === 'string') return p.title;
  if (node.labels.includes('Claim') && p.property !== undefined) {
    // The stored values as plain JSON (integers as numbers, dates as YYYY-MM-DD), as claim-text reads them.
    const plain = (key: string) => {
      const v = p[key];
      return v === undefined || v === null || Array.isArray(v) ? null : toJsonValue(v);
    };
    const text = (key: string) => (plain(key) === null ? null : String(plain(key)));
    const value = plain('value');
    return claimLabel({
      property: text('property'),
      value: typeof value === 'number' ? value : null,
      valueDate: text('valueDate'),
      valuePrecision: text('valuePrecision'),
      valueText: text('valueText'),
      qualifier: text('qualifier'),
      unit: text('unit'),
    });
  }
  return node.id;
}

/** The scope in words for text headers: its query string, or what the default keeps. */
export function scopeText(query: string): string {
  return query === '' ? 'default (asserted, actual facts)' : query;
}

export function isSymmetric(edge: ExportEdge): boolean {
  return (
    (RELATIONSHIP_TYPES as Record<string, { symmetric: boolean }>)[edge.type as RelationshipType]
      ?.symmetric ?? false
  );
}

const FIRST = ['id', 'name', 'title'];

export function orderKeys(keys: Iterable<string>): string[] {
  const unique = [...new Set(keys)];
  const first = FIRST.filter((k) => unique.includes(k));
  return [...first, ...unique.filter((k) => !FIRST.includes(k)).sort()];
}

export function propertyKeys(items: readonly { properties: Properties }[]): string[] {
  const keys = new Set<string>();
  for (const item of items) for (const k of Object.keys(item.properties)) keys.add(k);
  return orderKeys(keys);
}

/** Properties as plain JSON values (integers as numbers, dates as YYYY-MM-DD), keys in stable order. */
export function jsonProperties(properties: Properties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of orderKeys(Object.keys(properties))) out[key] = toJsonValue(properties[key] as never);
  return out;
}
