// What every resolver receives: the query runner bound to the configured driver, database and
// timeout. Root-field resolvers call it once; nested resolvers never touch it.
import type { RunQuery } from '../../../cypher/db/run-query.ts';

export interface ApiContext {
  run: RunQuery;
}
