// The limits the API enforces, in one place: page sizes and graph depths are checked in the
// resolvers, the rest by graphql-armor before execution.
export const LIMITS = {
  entityPage: 200,
  relationshipPage: 500,
  sourcePage: 200,
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
} as const;
