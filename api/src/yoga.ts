// Builds the graphql-yoga instance: the schema, one query runner per app (READ sessions, the
// configured timeout), graphql-armor limits that answer with the limit's name, argument size
// limits, a code on every error, error masking with no stack traces in production, queries asked
// again run compiled (graphql-jit), bounded caches of parsed texts, GraphiQL from the project's
// own dependencies, and no CORS of its own (app.ts answers CORS from the allow-list).
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { DocumentNode, GraphQLError } from 'graphql/index.js';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { createCachedRunner } from '../../cypher/db/cached-runner.ts';
import { DEFAULT_CACHE_LIMITS } from '../../cypher/db/result-cache.ts';
import type { RunQuery } from '../../cypher/db/run-query.ts';
import { buildSchema } from './schema/build-schema.ts';
import type { ApiContext } from './schema/context.ts';
import { toGraphQLError } from './schema/errors.ts';
import { LIMITS } from './schema/limits.ts';
import { ArgumentSizeRule, checkVariableSizes } from './schema/argument-size-rule.ts';
import { useErrorCodes } from './schema/error-codes.ts';
import { useCompiledQueries } from './schema/compiled-execution.ts';
import { renderGraphiQLPage } from './http/graphiql.ts';
import { BoundedCache } from './bounded-cache.ts';
import { PREPARED_QUERIES, PREPARED_TEXT_MAX } from './prepared-queries.ts';

export interface YogaOptions {
  driver: Driver;
  database?: string | undefined;
  queryTimeoutMs: number;
  production: boolean;
  /** Where the documents' text is read from (source paragraphs). */
  corpusDir: string;
  /** MiB of answers the result cache keeps per generation (0: none; cypher/db/cached-runner.ts). */
  resultCacheMb: number;
  /** The execution on which a query text is compiled (0: never; schema/compiled-execution.ts). */
  compileQueriesOn: number;
  /** Where parsed documents and parse errors are kept by query text (tests pass their own). */
  parserCache?: ParserCache;
}

export interface ParserCache {
  documentCache: BoundedCache<DocumentNode>;
  errorCache: BoundedCache<unknown>;
}

/**
 * yoga's caches of parsed documents and parse errors by query text, bounded as the fast path's
 * prepared queries are (prepared-queries.ts): yoga's own keep 1,024 texts of any length for an
 * hour, and a document at armor's 2,000-token limit takes 559 kB, so a client sending distinct
 * texts could make the explorer hold about 570 MB. Both caches mostly hold the same documents.
 */
export function createParserCache(): ParserCache {
  return {
    documentCache: new BoundedCache(PREPARED_QUERIES, PREPARED_TEXT_MAX),
    errorCache: new BoundedCache(PREPARED_QUERIES, PREPARED_TEXT_MAX),
  };
}

function tagLimit(limit: string) {
  // armor's errors carry no code; give clients one, and the name of the limit that was hit.
  return (_ctx: unknown, error: GraphQLError) => {
    Object.assign(error.extensions as Record<string, unknown>, { code: 'LIMIT_EXCEEDED', limit });
  };
}

/** Oversized strings and lists refused before parsing (variables) and in validation (literals). */
function useArgumentSizes(): Plugin {
  return {
    onParams({ params, setResult }) {
      const error = checkVariableSizes(params.variables ?? {});
      if (error) setResult({ errors: [error] });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(ArgumentSizeRule);
    },
  };
}

export function createYogaServer(options: YogaOptions) {
  const runner = createCachedRunner(
    options.driver,
    { database: options.database, timeoutMs: options.queryTimeoutMs },
    { ...DEFAULT_CACHE_LIMITS, maxBytes: options.resultCacheMb * 1024 * 1024 },
  );
  // One runner per request: its queries read one generation (and share the cache across requests).
  // The Neo4j layer knows nothing of GraphQL: its coded DbErrors become coded GraphQL errors here.
  const requestRunner = (): RunQuery => {
    const runDb = runner.forRequest();
    return (name, params) =>
      runDb(name, params).catch((error: unknown) => {
        throw toGraphQLError(error, options.queryTimeoutMs);
      });
  };
  const armor = new EnvelopArmor({
    maxDepth: { n: LIMITS.maxDepth, onReject: [tagLimit('maxDepth')] },
    costLimit: { maxCost: LIMITS.maxCost, onReject: [tagLimit('costLimit')] },
    maxAliases: { n: LIMITS.maxAliases, onReject: [tagLimit('maxAliases')] },
    maxTokens: { n: LIMITS.maxTokens, onReject: [tagLimit('maxTokens')] },
    maxDirectives: { n: LIMITS.maxDirectives, onReject: [tagLimit('maxDirectives')] },
    blockFieldSuggestion: { enabled: options.production },
  });
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    context: (): ApiContext => ({ run: requestRunner(), corpusDir: options.corpusDir }),
    plugins: [
      ...armor.protect().plugins,
      useArgumentSizes(),
      useErrorCodes(options.production),
      ...(options.compileQueriesOn > 0 ? [useCompiledQueries(options.compileQueriesOn)] : []),
    ],
    parserAndValidationCache: options.parserCache ?? createParserCache(),
    maskedErrors: { isDev: !options.production },
    graphiql: { title: 'Khorasan Graph — GraphQL', defaultQuery: DEFAULT_QUERY },
    renderGraphiQL: renderGraphiQLPage,
    cors: false,
    // app.ts has read the body already, refusing it past HTTP_LIMITS.maxBodyBytes (request-limits.ts):
    // yoga's own 25 MB limit would pipe every body through one more stream and Request.
    maxRequestBodySize: false,
    landingPage: false,
    logging: options.production ? 'warn' : 'info',
  });
}

/** What GraphiQL shows first: a real question whose sources disagree, with their provenance. */
export const DEFAULT_QUERY = `# Is ISKP an offshoot of the Islamic State? Who says so, who says not, and on whose word?
# Answers follow asserted, actual facts unless asked: stances adds denials, modalities aims and forecasts.
{
  entity(id: "iskp") {
    name
    aliases
    relationships(
      types: [OFFSHOOT_OF, AFFILIATE_OF, BRANCH_OF]
      direction: OUT
      stances: [ASSERTED, DENIED]
    ) {
      type
      to { name }
      stance
      modality
      credibility
      reliability
      attributedTo
      quote
      source { title publisher date }
    }
  }
}
`;
