// Test helper: what the export SHOULD contain, asked of Neo4j directly with queries written
// independently of the export's own (so a wrong export query cannot agree with itself), and the
// fact fields it should carry, the STIX numbers spelled out here rather than taken from core/.
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

/** What the export keeps by default: asserted, actual facts (a predicate on `x`). */
export const DEFAULT_FACTS = (x: string) => `${x}.stance = 'asserted' AND ${x}.modality = 'actual'`;

/** `x` is known to hold in the window [$from, $to] ('YYYY-MM-DD' strings): its known span overlaps it. */
export const knownIn = (x: string) =>
  `(${x}.knownFrom IS NOT NULL AND ${x}.knownFrom <= date($to) AND ${x}.knownTo >= date($from))`;

/** `x` may hold in the window: its possible span (null ends open) overlaps it. */
export const possibleIn = (x: string) =>
  `((${x}.possibleFrom IS NULL OR ${x}.possibleFrom <= date($to)) AND (${x}.possibleTo IS NULL OR ${x}.possibleTo >= date($from)))`;

/** The fact fields of `r` as the export must write them: STIX numbers, tense default, days. */
const FIELDS_OF = (r: string) => `
  ${r}.stance AS stance, ${r}.modality AS modality, ${r}.credibility AS credibility,
  CASE ${r}.credibility WHEN 'reported' THEN 70 WHEN 'estimated' THEN 50 WHEN 'alleged' THEN 50 WHEN 'suspected' THEN 30 END AS credibilityScore,
  ${r}.reliability AS reliability,
  CASE ${r}.reliability WHEN 'A' THEN 90 WHEN 'B' THEN 70 WHEN 'C' THEN 50 WHEN 'D' THEN 30 WHEN 'E' THEN 10 END AS reliabilityScore,
  coalesce(${r}.tense, 'present') AS tense, toString(${r}.knownFrom) AS knownFrom, toString(${r}.possibleTo) AS possibleTo`;

/**
 * The relationships whose both ends are in `entityIds` (null: every entity) and pass `where` (a
 * Cypher predicate on `r`; default: asserted, actual), the claims of those entities that pass
 * `claimWhere` (on `c`; null: no claims), and the HAS_CLAIM edges between them.
 */
export async function truthFor(
  driver: Driver,
  entityIds: string[] | null,
  where = DEFAULT_FACTS('r'),
  params: Record<string, unknown> = {},
  claimWhere: string | null = DEFAULT_FACTS('c'),
): Promise<Truth> {
  const entities = (
    await rows(driver, 'MATCH (n:Entity) WHERE $ids IS NULL OR n.id IN $ids RETURN n.id AS id', {
      ids: entityIds,
    })
  ).map((r) => String(r.id));
  const rels = await rows(
    driver,
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND type(r) <> 'HAS_CLAIM' AND (${where})
     RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.source AS doc, r.quote AS quote, ${FIELDS_OF('r')}`,
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
        ...textOf(r),
      })),
      ...claimRows.map((r) => ({
        id: `${String(r.entity)}--has-claim--${String(r.claim)}`,
        type: 'HAS_CLAIM',
        source: String(r.entity),
        target: String(r.claim),
        doc: '',
        quote: '',
        ...textOf({}),
      })),
    ].sort((x, y) => x.id.localeCompare(y.id)),
  };
}

const FIELD_NAMES = [
  'stance',
  'modality',
  'credibility',
  'credibilityScore',
  'reliability',
  'reliabilityScore',
  'tense',
  'knownFrom',
  'possibleTo',
] as const;

/** A row's fact fields as the read-back shape has them: text, '' for none. */
function textOf(row: Record<string, unknown>) {
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  return Object.fromEntries(FIELD_NAMES.map((name) => [name, text(row[name])])) as Record<
    (typeof FIELD_NAMES)[number],
    string
  >;
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
