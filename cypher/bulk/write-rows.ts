// The bulk path's writing step: one parameterised UNWIND query per statement shape (labels and
// relationship types are written into its text, from core/model.ts's allow-lists only), planned
// once with EXPLAIN, then run in batches, each batch its own transaction so memory stays flat.
import type { Session } from 'neo4j-driver';
import { SeedError, firstLine } from './seed-error.ts';
import type { Shape, ShapeRows } from './seed-rows.ts';

const labelled = (labels: string[]): string => labels.map((label) => `:${label}`).join('');

/** The query that writes a batch of rows of one shape into the generation $gen. */
export function shapeQuery(shape: Shape): string {
  if (shape.kind === 'node') {
    return `UNWIND $rows AS row CREATE (n${labelled(shape.labels)}) SET n = row`;
  }
  if (shape.kind === 'relationship') {
    return (
      `UNWIND $rows AS row MATCH (a${labelled(shape.start)} {id: row.start, gen: $gen}) ` +
      `MATCH (b${labelled(shape.end)} {id: row.end, gen: $gen}) CREATE (a)-[r:${shape.type}]->(b) SET r = row.props`
    );
  }
  return (
    `UNWIND $rows AS row MATCH (e${labelled(shape.labels)} {id: row.entity, gen: $gen}) ` +
    `CREATE (e)-[:${shape.type} {gen: $gen}]->(c${labelled(shape.end)}) SET c = row.props`
  );
}

function describeShape(shape: Shape): string {
  if (shape.kind === 'node') return `(${labelled(shape.labels)})`;
  if (shape.kind === 'relationship')
    return `(${labelled(shape.start)})-[:${shape.type}]->(${labelled(shape.end)})`;
  return `(${labelled(shape.labels)})-[:${shape.type}]->(${labelled(shape.end)})`;
}

/**
 * Writes every group in order (nodes before the relationships that match them), `batchSize` rows
 * per transaction. Reports progress after each batch when the load has more than one batch.
 */
export async function writeRows(
  session: Session,
  groups: ShapeRows[],
  gen: number,
  options: { batchSize: number; onProgress: (line: string) => void },
): Promise<void> {
  const order = { node: 0, relationship: 1, claim: 2 };
  const sorted = [...groups].sort((a, b) => order[a.shape.kind] - order[b.shape.kind]);
  for (const { shape } of sorted) {
    try {
      await session.run(`EXPLAIN ${shapeQuery(shape)}`, { rows: [], gen });
    } catch (error) {
      throw new SeedError(`planning the writes of ${describeShape(shape)}: ${firstLine(error)}`);
    }
  }
  const total = sorted.reduce((sum, group) => sum + group.rows.length, 0);
  const started = Date.now();
  let written = 0;
  for (const { shape, rows } of sorted) {
    const text = shapeQuery(shape);
    for (let i = 0; i < rows.length; i += options.batchSize) {
      const batch = rows.slice(i, i + options.batchSize);
      const created = await session.executeWrite(async (tx) => {
        const { summary } = await tx.run(text, { rows: batch, gen });
        const counters = summary.counters.updates();
        return shape.kind === 'node' ? counters.nodesCreated : counters.relationshipsCreated;
      });
      if (created !== batch.length) {
        throw new SeedError(
          `writing ${describeShape(shape)}: ${created} of ${batch.length} rows were written`,
        );
      }
      written += batch.length;
      if (total > options.batchSize) {
        const seconds = (Date.now() - started) / 1000;
        options.onProgress(
          `seed: wrote ${written}/${total} rows (${Math.round(written / Math.max(seconds, 0.001))} rows/s)`,
        );
      }
    }
  }
}
