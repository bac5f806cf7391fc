// The query documents the GraphQL fast path (graphql-fast-path.ts) has parsed and validated, by
// operation name and text: a text asked again is not parsed or validated again. Validation
// depends on the text and the schema only (armor's limits included), so a kept document stays
// valid. Bounded in number and in size: the least recently used go first, and a long text is not
// kept (a parsed document takes about 80 times its text's size).
import { getOperationAST, type DocumentNode } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import { BoundedCache } from './bounded-cache.ts';
import type { ApiContext } from './schema/context.ts';

type Enveloped = ReturnType<YogaServerInstance<Record<string, unknown>, ApiContext>['getEnveloped']>;

/** A POSTed GraphQL request's parameters. */
export interface Params {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Query texts whose documents are kept: the viewer sends a dozen; a script, a few. */
export const PREPARED_QUERIES = 100;
/**
 * The longest text kept, in characters (the viewer's longest, its lineage query, has 1,198). A
 * parsed document takes about 80 times its text (a 4,000-character query's: 324 kB), so with the
 * count this keeps what is held to about 16 MB whatever clients send; a longer text is parsed and
 * validated on every request, as before.
 */
export const PREPARED_TEXT_MAX = 2000;

/** The parsed query documents that validated, by operation name and text, least recently used first. */
export class PreparedQueries {
  private readonly documents: BoundedCache<DocumentNode>;

  constructor(limit: number) {
    this.documents = new BoundedCache(limit);
  }

  /** Unambiguous: neither a name nor a document that validates can hold a NUL character. */
  private static key(params: Params): string {
    return `${params.operationName ?? ''}\u0000${params.query}`;
  }

  get(params: Params): DocumentNode | undefined {
    return this.documents.get(PreparedQueries.key(params));
  }

  add(params: Params, document: DocumentNode): void {
    if (params.query.length > PREPARED_TEXT_MAX) return;
    this.documents.set(PreparedQueries.key(params), document);
  }
}

/** The document of a query operation that parses and validates, or undefined (yoga answers). */
export function prepare(enveloped: Enveloped, params: Params): DocumentNode | undefined {
  let document: DocumentNode;
  try {
    document = enveloped.parse(params.query);
    // Armor's limits throw from validation (as the parser does from parsing): yoga answers those.
    if (enveloped.validate(enveloped.schema, document).length > 0) return undefined;
  } catch {
    return undefined;
  }
  return getOperationAST(document, params.operationName)?.operation === 'query' ? document : undefined;
}
