// The common GraphQL request answered without yoga's HTTP pipeline: a POST of one JSON query
// that parses and validates. It runs yoga's own envelop (the same parse and validation caches,
// armor's limits, masked errors) and yoga's own result processor (the same status, content type
// and body), and skips the per-request Request/Response objects and hooks that cost about as
// much as a small query (bench: 1.1 ms raw, 1.4 ms through graphql-js, 2.3 ms through yoga).
// A query text that parsed and validated once is not parsed or validated again: its document is
// kept (prepared-queries.ts; measured on the real seed: 0.07 ms of a 1 ms request).
// Anything else — a GET, another media type, a batch, extensions, a parse or validation error
// (armor's limits included), a mutation, oversized variables — returns undefined and goes
// through yoga as before, which parses and validates it again (cached) and answers.
import { GraphQLError, type ExecutionResult } from 'graphql';
import { maskError, processRegularResult, type YogaServerInstance } from 'graphql-yoga';
import { checkVariableSizes } from './schema/argument-size-rule.ts';
import type { ApiContext } from './schema/context.ts';
import { fixResult } from './schema/error-codes.ts';
import { prepare, PreparedQueries, PREPARED_QUERIES, type Params } from './prepared-queries.ts';

type Yoga = YogaServerInstance<Record<string, unknown>, ApiContext>;

const PARAM_KEYS = new Set(['query', 'variables', 'operationName']);
/** Not valid UTF-8: yoga's to answer. One decoder for every request (decode keeps no state). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The body as one query's parameters, or undefined for anything yoga should judge. */
function plainParams(bytes: Uint8Array): Params | undefined {
  let body: unknown;
  try {
    body = JSON.parse(UTF8.decode(bytes));
  } catch {
    return undefined;
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const { query, variables, operationName } = body as Record<string, unknown>;
  if (Object.keys(body).some((key) => !PARAM_KEYS.has(key))) return undefined;
  if (typeof query !== 'string') return undefined;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  return {
    query,
    ...(variables == null ? {} : { variables: variables as Record<string, unknown> }),
    ...(operationName == null ? {} : { operationName }),
  };
}

/** A JSON body as yoga's request parser tells it (its isContentTypeMatch: the first type, case and all). */
function isJsonBody(request: Request): boolean {
  const type = request.headers.get('content-type')?.split(',')[0];
  return type === 'application/json' || type?.startsWith('application/json;') === true;
}

/** The media type yoga's regular processor would answer with, when the Accept header is a plain one. */
function acceptedType(request: Request): string | undefined {
  const accept = request.headers.get('accept')?.trim();
  if (!accept || accept === '*/*' || accept === 'application/json') return 'application/json';
  if (accept === 'application/graphql-response+json') return accept;
  return undefined;
}

export function createGraphqlFastPath(
  yoga: Yoga,
  options: { production: boolean; preparedQueries?: number },
) {
  const prepared = new PreparedQueries(options.preparedQueries ?? PREPARED_QUERIES);
  return async function answer(
    request: Request,
    bytes: Uint8Array | undefined,
  ): Promise<Response | undefined> {
    if (request.method !== 'POST' || bytes === undefined) return undefined;
    if (!isJsonBody(request)) return undefined;
    const mediaType = acceptedType(request);
    if (mediaType === undefined) return undefined;
    const params = plainParams(bytes);
    if (params === undefined || checkVariableSizes(params.variables ?? {})) return undefined;
    const enveloped = yoga.getEnveloped({ request, params });
    let document = prepared.get(params);
    if (!document) {
      document = prepare(enveloped, params);
      if (!document) return undefined;
      prepared.add(params, document);
    }
    let result: ExecutionResult;
    try {
      const contextValue = await enveloped.contextFactory();
      result = (await enveloped.execute({
        schema: enveloped.schema,
        document,
        contextValue,
        variableValues: params.variables,
        operationName: params.operationName,
      })) as ExecutionResult;
    } catch (error) {
      // As yoga does with what escapes execution: logged, and masked in the answer.
      console.error('graphql:', error);
      const masked = maskError(error, 'Unexpected error.', !options.production);
      result = { errors: [masked instanceof GraphQLError ? masked : new GraphQLError(masked.message)] };
    }
    // What useErrorCodes does on yoga's path (its onResultProcess hook).
    fixResult(result, options.production);
    return processRegularResult(result, yoga.fetchAPI, mediaType);
  };
}
