// The bulk path's writing step: rows are gathered per kind (node, claim, relationship) and written
// in bounded transactions of at most `batchSize` rows, one parameterised UNWIND query per kind.
// Labels and relationship types travel as row values (Neo4j 5.26's dynamic `:$(…)` labels and
// types; seed-rows.ts has checked them against core/model.ts's allow-lists): three query texts
// instead of one per label set and type, because planning one costs about as much JVM time as
// writing 200 rows, and Neo4j plans them again whenever a load changes its statistics much
// (measured: ~40 texts were ~3 s of JVM CPU of a 1,000-entity load). Each text is checked with
// EXPLAIN once per process. Nodes are written first in each transaction and give back their
// elementIds, so relationships and claims find their ends by elementId (cheaper than an index
// seek) in the same or a later transaction. One transaction is in flight while the caller reads
// the next rows (Node parses, Neo4j writes).
import type { ManagedTransaction, Session } from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import { firstLine, SeedError } from './seed-error.ts';
import type { MadeNode } from './seed-rows.ts';

/** One statement shape: its kind picks the query, its labels and type are row values of it. */
export interface Shape {
  kind: 'node' | 'relationship' | 'claim';
  /** Node labels (node), or the claim node's labels (claim). */
  labels: string[];
  /** Relationship type (relationship, claim). */
  type: string;
}

/** A row to write: its shape, its properties (gen and derived ones included) and the nodes it joins. */
export type WriteRow =
  | { shape: Shape & { kind: 'node' }; props: Record<string, unknown>; node?: MadeNode }
  | {
      shape: Shape & { kind: 'relationship' };
      props: Record<string, unknown>;
      start: MadeNode;
      end: MadeNode;
    }
  | { shape: Shape & { kind: 'claim' }; props: Record<string, unknown>; entity: MadeNode };

/** The query that writes a batch of rows of one kind into the generation $gen. */
export function kindQuery(kind: Shape['kind']): string {
  if (kind === 'node') {
    return `UNWIND $rows AS row CREATE (n:$(row.labels)) SET n = row.props RETURN row.i AS i, elementId(n) AS eid`;
  }
  if (kind === 'relationship') {
    return (
      `UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b ` +
      `CREATE (a)-[r:$(row.type)]->(b) SET r = row.props`
    );
  }
  return (
    `UNWIND $rows AS row MATCH (e) WHERE elementId(e) = row.e ` +
    `CREATE (e)-[:$(row.type) {gen: $gen}]->(c:$(row.labels)) SET c = row.props`
  );
}

const KIND_NAMES = { node: 'nodes', relationship: 'relationships', claim: 'claims' } as const;

/** Query texts already planned once in this process (EXPLAIN is a check; Neo4j caches the plan). */
const explained = new Set<string>();

const ORDER = { node: 0, claim: 1, relationship: 2 } as const;

export interface WriterOptions {
  batchSize: number;
  /** Rows the whole load writes, for the progress lines. */
  total: number;
  onProgress: (line: string) => void;
}

/** Writes rows in bounded transactions, one in flight at a time beside the caller's reading. */
export class RowWriter {
  private buffers = new Map<Shape['kind'], WriteRow[]>();
  private buffered = 0;
  private inFlight: Promise<void> | undefined;
  private failure: unknown;
  private written = 0;
  private readonly started = Date.now();
  private lastProgress = 0;

  constructor(
    private readonly session: Session,
    private readonly gen: Integer,
    private readonly options: WriterOptions,
  ) {}

  /** Adds a row; when a transaction's worth is gathered, waits for the one in flight and sends it. */
  async add(row: WriteRow): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    const buffer = this.buffers.get(row.shape.kind);
    if (buffer) buffer.push(row);
    else this.buffers.set(row.shape.kind, [row]);
    if (++this.buffered >= this.options.batchSize) await this.send();
  }

  /** Writes what is left and waits for every transaction. */
  async finish(): Promise<void> {
    await this.send();
    await this.inFlight;
    if (this.failure !== undefined) throw this.failure;
  }

  private async send(): Promise<void> {
    await this.inFlight;
    if (this.failure !== undefined) throw this.failure;
    if (this.buffered === 0) return;
    const groups = [...this.buffers].sort(([a], [b]) => ORDER[a] - ORDER[b]);
    const count = this.buffered;
    this.buffers = new Map();
    this.buffered = 0;
    this.inFlight = this.transaction(groups, count).catch((error: unknown) => {
      this.failure =
        error instanceof SeedError ? error : new SeedError(`writing the seed rows: ${firstLine(error)}`);
    });
  }

  private async transaction(groups: [Shape['kind'], WriteRow[]][], count: number): Promise<void> {
    const made = await this.session.executeWrite(async (tx) => {
      // elementIds of nodes made in this transaction: kept on the nodes only once it commits.
      const eids = new Map<MadeNode, string>();
      const eid = (node: MadeNode): string => {
        const id = eids.get(node) ?? node.eid;
        if (id === undefined)
          throw new SeedError(`the node made at ${node.at} was not written before it was matched`);
        return id;
      };
      for (const [kind, rows] of groups) await this.writeGroup(tx, kind, rows, eids, eid);
      return eids;
    });
    for (const [node, id] of made) node.eid = id;
    this.written += count;
    const now = Date.now();
    if (
      this.options.total > this.options.batchSize &&
      (now - this.lastProgress > 2000 || this.written === this.options.total)
    ) {
      this.lastProgress = now;
      const seconds = Math.max((now - this.started) / 1000, 0.001);
      this.options.onProgress(
        `seed: wrote ${this.written}/${this.options.total} rows (${Math.round(this.written / seconds)} rows/s)`,
      );
    }
  }

  private async writeGroup(
    tx: ManagedTransaction,
    kind: Shape['kind'],
    rows: WriteRow[],
    eids: Map<MadeNode, string>,
    eid: (node: MadeNode) => string,
  ): Promise<void> {
    const text = kindQuery(kind);
    if (!explained.has(text)) {
      try {
        await tx.run(`EXPLAIN ${text}`, { rows: [], gen: this.gen });
      } catch (error) {
        throw new SeedError(`planning the writes of the ${KIND_NAMES[kind]}: ${firstLine(error)}`);
      }
      explained.add(text);
    }
    const params = rows.map((row, i) => {
      const { labels, type } = row.shape;
      if ('start' in row) return { type, a: eid(row.start), b: eid(row.end), props: row.props };
      if ('entity' in row) return { type, labels, e: eid(row.entity), props: row.props };
      return { i, labels, props: row.props };
    });
    const result = await tx.run(text, { rows: params, gen: this.gen });
    const counters = result.summary.counters.updates();
    const created = kind === 'node' ? counters.nodesCreated : counters.relationshipsCreated;
    if (created !== rows.length) {
      throw new SeedError(`writing the ${KIND_NAMES[kind]}: ${created} of ${rows.length} rows were written`);
    }
    if (kind === 'node') {
      for (const record of result.records) {
        const row = rows[Number(record.get('i'))] as { node?: MadeNode };
        if (row.node) eids.set(row.node, record.get('eid') as string);
      }
    }
  }
}
