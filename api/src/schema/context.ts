// What every resolver receives: the query runner bound to the configured driver, database and
// timeout, and the corpus folder documents' text is read from. Root-field resolvers call the
// runner once; nested resolvers never touch it, but for a document's paragraphs, which come from
// the text and then from one query for the facts standing in them.
import type { RunQuery } from '../../../cypher/db/run-query.ts';

export interface ApiContext {
  run: RunQuery;
  corpusDir: string;
}
