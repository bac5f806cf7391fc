// The stored ranking behind the viewer's overview of a large graph (issue 13): at load, before the
// switch, the most connected entities of the new generation by the facts that hold are written
// on the :GraphState node (cypher/queries/overview-derive-ranking.cypher). Counting them live
// reads every relationship of the graph: seconds at 100,000 entities, where the overview must
// answer in milliseconds. With it, the number of groups, events and places, the totals of the
// unfiltered entity lists (overview-derive-counts, list-entities-unfiltered).
import neo4j, { type Session } from 'neo4j-driver';
import { loadQueries } from '../db/query-files.ts';

/** More than the viewer's overview asks for (50), and the API's largest overview (500). */
export const RANKED = 500;

export async function deriveOverview(session: Session, gen: number): Promise<number> {
  const queries = loadQueries();
  const result = await session.executeWrite((tx) =>
    tx.run(queries.get('overview-derive-ranking')!, { gen: neo4j.int(gen), keep: neo4j.int(RANKED) }),
  );
  // The groups, events and places of the generation, the totals of the unfiltered entity lists.
  await session.executeWrite((tx) => tx.run(queries.get('overview-derive-counts')!, { gen: neo4j.int(gen) }));
  return Number(result.records[0]?.get('ranked') ?? 0);
}
