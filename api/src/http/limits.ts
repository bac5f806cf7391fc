// The limits of the HTTP layer, in one place: request sizes, requests in flight, how much of a
// refused value an error quotes back. GraphQL's own limits: api/src/schema/limits.ts.
export const HTTP_LIMITS = {
  /** How much of a refused value an error message quotes back, in characters. */
  quotedValueLength: 40,
  /** Longest error message sent, in characters (longer ones are cut, never echoed whole). */
  maxErrorMessage: 500,
  /** request body of POST /graphql, in bytes. */
  maxBodyBytes: 64 * 1024,
  /** request URL (path and query string), in characters. */
  maxUrlLength: 8 * 1024,
  /** GraphQL and export requests in flight (running or waiting) from one remote address. */
  maxInFlightPerClient: 8,
  /**
   * GraphQL and export requests running at once in all: more gain nothing on Neo4j's cores, and
   * each may hold a few of the driver's 50 pooled connections; /healthz needs one of its own.
   */
  maxRunning: 12,
  /** How long a request waits for a running place before a 503, in ms. */
  maxWaitMs: 5000,
} as const;
