// The HTTP layer's own error answers, each with a machine-readable code: `{error, code}` JSON on
// the plain routes, the GraphQL shape (`errors[].extensions.code`) on /graphql so GraphQL clients
// read them like any other error.
import { HTTP_LIMITS } from './limits.ts';

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** `{error, code}` for the plain HTTP routes. */
export function httpError(
  status: number,
  code: string,
  error: string,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(status, { error, code }, headers);
}

/** A GraphQL-shaped error answered before yoga sees the request. */
export function graphqlHttpError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(status, { errors: [{ message, extensions: { code } }] }, headers);
}

/** A value quoted in a message, cut to a few characters so a huge input is never echoed back. */
export function quote(value: string, max: number = HTTP_LIMITS.quotedValueLength): string {
  const shown = value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
  return JSON.stringify(shown);
}
