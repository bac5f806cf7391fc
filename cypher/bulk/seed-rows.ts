// The bulk path's first step: every seed statement parsed with the validator's parser
// (cypher/validate/seed-parser.ts) into a row of its statement shape, checked before anything is
// written: labels and types from core/model.ts, property values Neo4j can store, ids used once,
// and every MATCH id made by an earlier statement. Each problem names file and line.
import neo4j from 'neo4j-driver';
import { CLAIM_RELATIONSHIP, NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../../core/model.ts';
import { CypherDate, parseSeedStatement, SeedParseError, type Value } from '../validate/seed-parser.ts';
import { statementError, type FileStatement } from './seed-error.ts';

/** One statement shape: one query text writes all its rows (labels and types are not parameters). */
export interface Shape {
  kind: 'node' | 'relationship' | 'claim';
  /** Node labels (node), or the labels the claim's entity is matched by (claim). */
  labels: string[];
  /** Relationship type (relationship, claim). */
  type: string;
  /** The labels the start and end nodes are matched by (relationship), the claim's own (claim). */
  start: string[];
  end: string[];
}

export interface ShapeRows {
  shape: Shape;
  rows: Record<string, unknown>[];
}

const CONSTRAINED = new Set(['Entity', 'Source', 'Claim']);
const TYPES = new Set<string>([...RELATIONSHIP_TYPE_NAMES, CLAIM_RELATIONSHIP]);

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

/**
 * The statement's properties as parameters, null ones left out (a null literal stores nothing);
 * the loader adds `gen` once it knows the generation.
 */
function props(values: Record<string, Value>): Record<string, unknown> {
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
 * The rows of every statement, grouped by shape in load order. Throws a SeedError naming file and
 * line at the first statement that does not parse or does not pass the checks.
 */
export function seedRows(statements: FileStatement[]): ShapeRows[] {
  const groups = new Map<string, ShapeRows>();
  const add = (shape: Shape, row: Record<string, unknown>): void => {
    const key = JSON.stringify(shape);
    const group = groups.get(key) ?? { shape, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  };
  /** Nodes made so far: id → labels and where, per node. */
  const made = new Map<string, { labels: string[]; at: string }[]>();
  const exists = (labels: string[], id: string): boolean =>
    (made.get(id) ?? []).some((node) => labels.every((label) => node.labels.includes(label)));

  for (const statement of statements) {
    try {
      const parsed = parseSeedStatement(statement.text);
      if (parsed.kind === 'node') {
        checkNames(parsed.labels, 'the node has');
        const id = parsed.props.id;
        if (typeof id === 'string') {
          const same = (made.get(id) ?? []).find((n) =>
            n.labels.some((l) => CONSTRAINED.has(l) && parsed.labels.includes(l)),
          );
          if (same) throw new Error(`the id '${id}' is already used by the node made at ${same.at}`);
          made.set(id, [
            ...(made.get(id) ?? []),
            { labels: parsed.labels, at: `${statement.file}:${statement.line}` },
          ]);
        }
        add({ kind: 'node', labels: parsed.labels, type: '', start: [], end: [] }, props(parsed.props));
        continue;
      }
      if (!TYPES.has(parsed.type)) {
        throw new Error(`the relationship type :${parsed.type} is outside core/model.ts`);
      }
      const ends = parsed.kind === 'relationship' ? [parsed.start, parsed.end] : [parsed.entity];
      for (const end of ends) {
        checkNames(end.labels, 'the MATCH pattern has');
        if (!exists(end.labels, end.id)) {
          throw new Error(
            `matched nothing: dangling id? (no earlier statement makes (:${end.labels.join(':')} {id: '${end.id}'}))`,
          );
        }
      }
      if (parsed.kind === 'relationship') {
        add(
          {
            kind: 'relationship',
            labels: [],
            type: parsed.type,
            start: parsed.start.labels,
            end: parsed.end.labels,
          },
          { start: parsed.start.id, end: parsed.end.id, props: props(parsed.props) },
        );
      } else {
        checkNames(parsed.labels, 'the claim has');
        add(
          { kind: 'claim', labels: parsed.entity.labels, type: parsed.type, start: [], end: parsed.labels },
          { entity: parsed.entity.id, props: props(parsed.props) },
        );
      }
    } catch (error) {
      if (error instanceof SeedParseError || error instanceof Error)
        throw statementError(statement, error.message);
      throw error;
    }
  }
  return [...groups.values()];
}
