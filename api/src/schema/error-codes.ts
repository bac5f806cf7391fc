// The last step before a GraphQL answer is sent: every error gets an `extensions.code` (yoga's and
// graphql-js's own parse and validation errors come without one), bad input answers 400 at any
// stage (resolver argument checks included) and whatever the Accept, and no message is longer than
// HTTP_LIMITS.maxErrorMessage, whatever it quotes; in production no `originalError` (a parser's message
// may quote the request) leaves either.
import type { GraphQLError } from 'graphql/index.js';
import type { Plugin } from 'graphql-yoga';
import { HTTP_LIMITS } from '../http/limits.ts';

/**
 * The code an uncoded error gets. yoga codes its own request errors (BAD_REQUEST); what is left
 * uncoded is graphql-js's: parse errors, variable values that do not fit their type, validation
 * errors (no path: nothing ran) and execution errors (a path).
 */
function codeFor(error: GraphQLError): string {
  if (error.message.startsWith('Syntax Error')) return 'GRAPHQL_PARSE_FAILED';
  if (error.message.startsWith('Variable "$')) return 'BAD_USER_INPUT';
  if (error.path !== undefined) return 'INTERNAL_SERVER_ERROR';
  return 'GRAPHQL_VALIDATION_FAILED';
}

/** Codes that mean the request itself is wrong; a missing entity (NOT_FOUND) is an answer. */
const CLIENT_ERRORS = new Set([
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'LIMIT_EXCEEDED',
]);

function cut(message: string): string {
  const max = HTTP_LIMITS.maxErrorMessage;
  return message.length > max ? `${message.slice(0, max)}… (message cut at ${max} characters)` : message;
}

function fix(error: GraphQLError, production: boolean): void {
  let extensions = error.extensions as Record<string, unknown> | undefined;
  if (extensions === undefined || Object.isFrozen(extensions)) {
    extensions = { ...extensions };
    Object.defineProperty(error, 'extensions', { value: extensions, writable: true, configurable: true });
  }
  if (typeof extensions.code !== 'string') extensions.code = codeFor(error);
  // Bad input is the client's fault whatever stage caught it: 400, not 200 with errors.
  // yoga marks its own with `spec`, which keeps 200 for `Accept: application/json`; not here.
  if (CLIENT_ERRORS.has(extensions.code as string)) {
    const http = (extensions.http ?? {}) as Record<string, unknown>;
    const status = typeof http.status === 'number' && http.status >= 400 ? http.status : 400;
    extensions.http = { headers: http.headers, status };
  }
  if (production) delete extensions.originalError;
  if (error.message.length > HTTP_LIMITS.maxErrorMessage) {
    Object.defineProperty(error, 'message', {
      value: cut(error.message),
      writable: true,
      configurable: true,
    });
  }
}

/** Gives every error of a result its code (and, in production, no stack): yoga's path and the fast path. */
export function fixResult(result: unknown, production: boolean): void {
  if (Array.isArray(result)) return result.forEach((one) => fixResult(one, production));
  const errors = (result as { errors?: readonly GraphQLError[] } | null)?.errors;
  errors?.forEach((error) => fix(error, production));
}

/** The yoga plugin. */
export function useErrorCodes(production: boolean): Plugin {
  return {
    onResultProcess({ result }) {
      // Streams (subscriptions, @defer) are not used by this schema; single and batched results are.
      if (result !== null && typeof result === 'object' && Symbol.asyncIterator in result) return;
      fixResult(result, production);
    },
  };
}
