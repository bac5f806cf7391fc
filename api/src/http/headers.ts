// Browser-facing headers on every answer: a Content-Security-Policy that lets pages run only this
// server's scripts and never be framed, nosniff, no Referer, and CORS from an allow-list
// (CORS_ORIGINS; by default the same origin only, never with credentials).
import { httpError } from './responses.ts';

/**
 * One policy for every route: the viewer and GraphiQL load scripts and styles from this server
 * only; inline styles are allowed because Cytoscape and GraphiQL's editor set them at run time;
 * GraphiQL's editor runs its workers from blob: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

const CORS_METHODS = 'GET, HEAD, POST, OPTIONS';
const CORS_HEADERS = 'content-type, accept';

/** Whether `origin` may read answers: the request's own origin, or one on the allow-list ('*': any). */
export function originAllowed(request: Request, origin: string, allowList: readonly string[]): boolean {
  if (origin === new URL(request.url).origin) return true;
  return allowList.includes('*') || allowList.includes(origin);
}

/** The answer to a CORS preflight (OPTIONS): 204 for an allowed origin, 403 with a code otherwise. */
export function preflight(request: Request, allowList: readonly string[]): Response {
  const origin = request.headers.get('origin');
  if (origin === null) return new Response(null, { status: 204, headers: { allow: CORS_METHODS } });
  if (!originAllowed(request, origin, allowList)) {
    return httpError(
      403,
      'CORS_ORIGIN_NOT_ALLOWED',
      'This origin may not call the explorer; add it to CORS_ORIGINS to allow it.',
      { vary: 'Origin' },
    );
  }
  return new Response(null, {
    status: 204,
    headers: {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': CORS_METHODS,
      'access-control-allow-headers': CORS_HEADERS,
      'access-control-max-age': '600',
      vary: 'Origin',
    },
  });
}

/** The response with the security headers and, for an allowed cross origin, its CORS header. */
export function withBrowserHeaders(
  request: Request,
  response: Response,
  allowList: readonly string[],
): Response {
  let out = response;
  try {
    applyHeaders(request, out.headers, allowList);
  } catch {
    // Headers of some responses are immutable: copy it.
    out = new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    applyHeaders(request, out.headers, allowList);
  }
  return out;
}

function applyHeaders(request: Request, headers: Headers, allowList: readonly string[]): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  // Whatever a handler said about CORS is replaced by the allow-list's answer.
  for (const name of [...headers.keys()]) {
    if (name.startsWith('access-control-') && request.method !== 'OPTIONS') headers.delete(name);
  }
  headers.delete('access-control-allow-credentials');
  const origin = request.headers.get('origin');
  if (!/\borigin\b/i.test(headers.get('vary') ?? '')) headers.append('vary', 'Origin');
  if (origin !== null && request.method !== 'OPTIONS' && originAllowed(request, origin, allowList)) {
    headers.set('access-control-allow-origin', origin);
  }
}
