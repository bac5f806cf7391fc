// The limits the GraphQL API enforces, in one place: page sizes and graph depths are checked in
// the resolvers, query shape by graphql-armor before execution, argument sizes by a validation
// rule (schema/argument-size-rule.ts). Request sizes and concurrency: api/src/http/limits.ts.
export const LIMITS = {
  entityPage: 200,
  relationshipPage: 500,
  sourcePage: 200,
  paragraphPage: 100,
  searchLimit: 50,
  searchTerms: 12,
  searchTextLength: 200,
  neighbourhoodDepth: 3,
  pathLength: 6,
  lineageDepth: 6,
  /** graphql-armor */
  maxDepth: 10,
  maxCost: 50000,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  /** Any string or id argument (literal or variable), in characters. */
  maxStringLength: 200,
  /** Any list argument, in items. */
  maxListLength: 100,
} as const;
