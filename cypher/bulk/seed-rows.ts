// The bulk path's reading step: every seed statement parsed with the validator's parser
// (cypher/validate/seed-parser.ts) into a row, checked before anything is written: labels and
// types from core/model.ts, property values Neo4j can store, ids used once, and every MATCH id
// made by an earlier statement (exactly one node). Each problem names file and line. The loader
// reads the files twice (check, then write) so that memory does not grow with the seed; the
// NodeRegistry made by the first reading resolves MATCH ids in both.
import neo4j from 'neo4j-driver';
import { CLAIM_RELATIONSHIP, NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../../core/model.ts';
import {
  CypherDate,
  parseSeedStatement,
  SeedParseError,
  type Props,
  type Value,
} from '../validate/seed-parser.ts';
import { statementError, type FileStatement } from './seed-error.ts';

/** A node a seed statement makes; `eid` is its elementId once written. */
export interface MadeNode {
  labels: string[];
  at: string;
  /** Its place among the nodes the seed makes. */
  ordinal: number;
  eid?: string;
}

interface RowBase {
  /** `file:line` of the statement. */
  at: string;
  /** The statement's property map as parsed (for honest time). */
  values: Props;
  /** The same as driver parameters, null ones left out. */
  props: Record<string, unknown>;
}
export interface NodeRow extends RowBase {
  kind: 'node';
  labels: string[];
  node: MadeNode;
}
export interface RelationshipRow extends RowBase {
  kind: 'relationship';
  type: string;
  start: MadeNode;
  end: MadeNode;
  startId: string;
  endId: string;
}
export interface ClaimRow extends RowBase {
  kind: 'claim';
  type: string;
  entity: MadeNode;
  entityId: string;
  labels: string[];
}
export type SeedRow = NodeRow | RelationshipRow | ClaimRow;

const CONSTRAINED = new Set(['Entity', 'Source', 'Claim']);
const TYPES = new Set<string>([...RELATIONSHIP_TYPE_NAMES, CLAIM_RELATIONSHIP]);

/**
 * The nodes the seed statements make, in statement order, by id. The first reading adds them
 * (refusing an id used twice); the second takes them back in the same order.
 */
export class NodeRegistry {
  private readonly byId = new Map<string, MadeNode[]>();
  private readonly order: MadeNode[] = [];
  private replayed = 0;
  private replaying = false;

  get size(): number {
    return this.order.length;
  }

  add(labels: string[], id: Value | undefined, at: string): MadeNode {
    const node: MadeNode = { labels, at, ordinal: this.order.length };
    if (typeof id === 'string') {
      const list = this.byId.get(id) ?? [];
      const same = list.find((n) => n.labels.some((l) => CONSTRAINED.has(l) && labels.includes(l)));
      if (same) throw new Error(`the id '${id}' is already used by the node made at ${same.at}`);
      list.push(node);
      this.byId.set(id, list);
    }
    this.order.push(node);
    return node;
  }

  /** Starts the second reading: from here on next() gives the nodes back in order. */
  replay(): void {
    this.replaying = true;
    this.replayed = 0;
  }

  /** The second reading: the node the next node statement makes. */
  next(): MadeNode {
    const node = this.order[this.replayed++];
    if (!node) throw new Error('the seed files changed while they were loaded (more nodes than checked)');
    return node;
  }

  /** The one node `MATCH (x:<labels> {id: <id>})` finds among those made so far (in either reading). */
  find(labels: string[], id: string): MadeNode {
    const made = this.replaying ? this.replayed : this.order.length;
    const found = (this.byId.get(id) ?? []).filter(
      (node) => node.ordinal < made && labels.every((label) => node.labels.includes(label)),
    );
    if (found.length === 0) {
      throw new Error(
        `matched nothing: dangling id? (no earlier statement makes (:${labels.join(':')} {id: '${id}'}))`,
      );
    }
    if (found.length > 1) {
      throw new Error(
        `(:${labels.join(':')} {id: '${id}'}) matches ${found.length} nodes (made at ${found.map((n) => n.at).join(', ')})`,
      );
    }
    return found[0]!;
  }
}

/** A parser value as a driver parameter Neo4j stores as the literal would be stored. */
function toParam(value: Value, where: string): unknown {
  if (value instanceof CypherDate) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.text);
    const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
    const day = new Date(Date.UTC(y, mo - 1, d));
    if (!m || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) {
      throw new Error(`${where}: date('${value.text}') is not a calendar day YYYY-MM-DD`);
    }
    return new neo4j.types.Date(y, mo, d);
  }
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) {
    const kinds = new Set(value.map((v) => (v instanceof CypherDate ? 'date' : typeof v)));
    if (
      value.some(
        (v) => v === null || Array.isArray(v) || (typeof v === 'object' && !(v instanceof CypherDate)),
      ) ||
      kinds.size > 1
    ) {
      throw new Error(`${where}: a list property holds values of one simple type (no null, list or map)`);
    }
    return value.map((v) => toParam(v, where));
  }
  if (value !== null && typeof value === 'object')
    throw new Error(`${where}: a map cannot be a property value`);
  return value;
}

/** The statement's properties as parameters, null ones left out (a null literal stores nothing). */
function props(values: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== null) out[key] = toParam(value, `property ${key}`);
  }
  return out;
}

function checkNames(labels: string[], what: string): void {
  const bad = labels.filter((label) => !(NODE_LABELS as readonly string[]).includes(label));
  if (bad.length > 0) {
    throw new Error(
      `${what} ${bad.map((l) => `label :${l}`).join(', ')} outside core/model.ts (${NODE_LABELS.join(', ')})`,
    );
  }
}

/**
 * One statement as a row. `reading` 'check' adds the nodes it makes to the registry (the first
 * reading); 'write' takes them back (the second). Throws a SeedError naming file and line.
 */
export function seedRow(
  statement: FileStatement,
  registry: NodeRegistry,
  reading: 'check' | 'write',
): SeedRow {
  const at = `${statement.file}:${statement.line}`;
  try {
    const parsed = parseSeedStatement(statement.text);
    if (parsed.kind === 'node') {
      checkNames(parsed.labels, 'the node has');
      const node = reading === 'check' ? registry.add(parsed.labels, parsed.props.id, at) : registry.next();
      return {
        kind: 'node',
        at,
        labels: parsed.labels,
        node,
        values: parsed.props,
        props: props(parsed.props),
      };
    }
    if (!TYPES.has(parsed.type)) {
      throw new Error(`the relationship type :${parsed.type} is outside core/model.ts`);
    }
    const ends = parsed.kind === 'relationship' ? [parsed.start, parsed.end] : [parsed.entity];
    for (const end of ends) checkNames(end.labels, 'the MATCH pattern has');
    if (parsed.kind === 'relationship') {
      const start = registry.find(parsed.start.labels, parsed.start.id);
      const end = registry.find(parsed.end.labels, parsed.end.id);
      return {
        kind: 'relationship',
        at,
        type: parsed.type,
        start,
        end,
        startId: parsed.start.id,
        endId: parsed.end.id,
        values: parsed.props,
        props: props(parsed.props),
      };
    }
    const entity = registry.find(parsed.entity.labels, parsed.entity.id);
    checkNames(parsed.labels, 'the claim has');
    return {
      kind: 'claim',
      at,
      type: parsed.type,
      entity,
      entityId: parsed.entity.id,
      labels: parsed.labels,
      values: parsed.props,
      props: props(parsed.props),
    };
  } catch (error) {
    if (error instanceof SeedParseError || error instanceof Error)
      throw statementError(statement, error.message);
    throw error;
  }
}

/** Every statement as a row, checked, in order (one reading; for small seeds and tests). */
export function seedRows(statements: FileStatement[], registry = new NodeRegistry()): SeedRow[] {
  return statements.map((statement) => seedRow(statement, registry, 'check'));
}
