// The query documents the GraphQL fast path (graphql-fast-path.ts) has parsed and validated, by
// operation name and text: a text asked again is not parsed or validated again. Validation
// depends on the text and the schema only (armor's limits included), so a kept document stays
// valid; a bounded number are kept, the least recently used going first.
import { getOperationAST, type DocumentNode } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import type { ApiContext } from './schema/context.ts';

type Enveloped = ReturnType<YogaServerInstance<Record<string, unknown>, ApiContext>['getEnveloped']>;

/** A POSTed GraphQL request's parameters. */
export interface Params {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Query texts whose documents are kept, as many as yoga's own parser cache keeps. */
export const PREPARED_QUERIES = 1000;

/** The parsed query documents that validated, by operation name and text, least recently used first. */
export class PreparedQueries {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(private readonly limit: number) {}

  /** Unambiguous: neither a name nor a document that validates can hold a NUL character. */
  private static key(params: Params): string {
    return `${params.operationName ?? ''}\u0000${params.query}`;
  }

  get(params: Params): DocumentNode | undefined {
    const key = PreparedQueries.key(params);
    const document = this.documents.get(key);
    if (document) {
      this.documents.delete(key);
      this.documents.set(key, document);
    }
    return document;
  }

  add(params: Params, document: DocumentNode): void {
    this.documents.set(PreparedQueries.key(params), document);
    if (this.documents.size > this.limit) this.documents.delete(this.documents.keys().next().value!);
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
