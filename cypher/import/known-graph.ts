// What the seed files already hold, as the import needs it: the entities (id, label, name,
// aliases) a row may name, every id in use, and every fact, so that a row repeating one is caught.
// Read with the validator's own loader, so the import and `npm run validate` see the same graph.
import {
  ENTITY_LABELS,
  RELATIONSHIP_TYPES,
  type EntityLabel,
  type RelationshipType,
} from '../../core/model.ts';
import { normaliseWhitespace } from '../../core/paragraphs.ts';
import { stringProp } from '../validate/graph-index.ts';
import { loadSeeds } from '../validate/load-seeds.ts';

export interface KnownEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** Where it is defined: `seed/10-groups.cypher:9`, or `entities.csv row 3`. */
  where: string;
}

export interface KnownGraph {
  entities: Map<string, KnownEntity>;
  /** Every id of a node, relationship or claim. */
  ids: Map<string, string>;
  /** factKey → where the fact stands. */
  facts: Map<string, string>;
}

/** One fact's identity: same document, type, ends (either order for symmetric types) and quote. */
export function factKey(source: string, type: string, start: string, end: string, quote: string): string {
  const symmetric = (RELATIONSHIP_TYPES[type as RelationshipType] as { symmetric?: boolean } | undefined)
    ?.symmetric;
  const ends = symmetric && end < start ? [end, start] : [start, end];
  return JSON.stringify([source, type, ...ends, normaliseWhitespace(quote)]);
}

export async function readKnownGraph(seedDir: string, label: string): Promise<KnownGraph> {
  const { statements } = await loadSeeds(seedDir, label);
  const known: KnownGraph = { entities: new Map(), ids: new Map(), facts: new Map() };
  for (const s of statements) {
    const id = s.props.id;
    if (typeof id === 'string' && !known.ids.has(id)) known.ids.set(id, `${s.file}:${s.line}`);
  }
  for (const node of statements) {
    if (node.kind !== 'node') continue;
    const id = stringProp(node.props, 'id');
    const entityLabel = ENTITY_LABELS.find((l) => node.labels.includes(l));
    if (id === undefined || entityLabel === undefined || known.entities.has(id)) continue;
    const aliases = Array.isArray(node.props.aliases)
      ? node.props.aliases.filter((a): a is string => typeof a === 'string')
      : [];
    known.entities.set(id, {
      id,
      label: entityLabel,
      name: stringProp(node.props, 'name') ?? id,
      aliases,
      where: `${node.file}:${node.line}`,
    });
  }
  for (const rel of statements) {
    if (rel.kind !== 'relationship') continue;
    const source = stringProp(rel.props, 'source');
    const quote = stringProp(rel.props, 'quote');
    if (source === undefined || quote === undefined) continue;
    known.facts.set(factKey(source, rel.type, rel.start.id, rel.end.id, quote), `${rel.file}:${rel.line}`);
  }
  return known;
}
