// Test helper: what the export SHOULD contain, asked of Neo4j directly with queries written
// independently of the export's own (so a wrong export query cannot agree with itself).
import type { Driver } from 'neo4j-driver';
import type { ReadEdge } from './export-read-back.ts';

export interface Truth {
  nodeIds: string[];
  edges: ReadEdge[];
}

async function rows(driver: Driver, query: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(query, params, { routing: 'READ' });
  return records.map((r) => r.toObject() as Record<string, unknown>);
}

/**
 * The relationships whose both ends are in `entityIds` (null: every entity) and pass `where` (a
 * Cypher predicate on `r`), the claims of those entities that pass `claimWhere` (on `c`; null: no
 * claims), and the HAS_CLAIM edges between them.
 */
export async function truthFor(
  driver: Driver,
  entityIds: string[] | null,
  where = 'true',
  params: Record<string, unknown> = {},
  claimWhere: string | null = 'true',
): Promise<Truth> {
  const entities = (
    await rows(driver, 'MATCH (n:Entity) WHERE $ids IS NULL OR n.id IN $ids RETURN n.id AS id', {
      ids: entityIds,
    })
  ).map((r) => String(r.id));
  const rels = await rows(
    driver,
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND type(r) <> 'HAS_CLAIM' AND (${where})
     RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.source AS doc, r.quote AS quote, r.confidence AS confidence`,
    { ...params, ids: entities },
  );
  const claimRows =
    claimWhere !== null
      ? await rows(
          driver,
          `MATCH (e:Entity)-[:HAS_CLAIM]->(c:Claim) WHERE e.id IN $ids AND (${claimWhere})
         RETURN e.id AS entity, c.id AS claim`,
          { ...params, ids: entities },
        )
      : [];
  return {
    nodeIds: [...entities, ...claimRows.map((r) => String(r.claim))].sort(),
    edges: [
      ...rels.map((r) => ({
        id: String(r.id),
        type: String(r.type),
        source: String(r.source),
        target: String(r.target),
        doc: String(r.doc),
        quote: String(r.quote),
        confidence: String(r.confidence),
      })),
      ...claimRows.map((r) => ({
        id: `${String(r.entity)}--has-claim--${String(r.claim)}`,
        type: 'HAS_CLAIM',
        source: String(r.entity),
        target: String(r.claim),
        doc: '',
        quote: '',
        confidence: '',
      })),
    ].sort((x, y) => x.id.localeCompare(y.id)),
  };
}

/** Entity ids from a query returning one `id` column. */
export async function idsOf(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<string[]> {
  return (await rows(driver, query, params)).map((r) => String(r.id));
}

export const sortEdges = (edges: ReadEdge[]) => [...edges].sort((x, y) => x.id.localeCompare(y.id));
