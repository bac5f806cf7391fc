// Serves the built viewer (viewer/dist): files with their content types, index.html for `/` and
// for app paths without a file extension, and a clear 503 page when the viewer was never built.
// Never a file outside viewer/dist: no `..`, no dotfiles, no symlink that leads out of it.
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative as relativePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { httpError, quote } from './responses.ts';

const VIEWER_DIST = fileURLToPath(new URL('../../../viewer/dist/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Viewer not built</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>The viewer has not been built</h1>
<p>The page at <code>/</code> is served from <code>viewer/dist</code>, which does not exist yet.
Run <code>npm run build:viewer</code> (or <code>npm start</code>, which builds it) and reload.</p>
<p>The API itself works: GraphQL at <a href="/graphql">/graphql</a>, health at
<a href="/healthz">/healthz</a>, exports at <a href="/export">/export</a>.</p>
</body></html>
`;

/** Whether `file`, with every symlink resolved, is inside `dir` (itself resolved). */
async function insideDir(dir: string, file: string): Promise<boolean> {
  const [realDir, realFile] = await Promise.all([realpath(dir), realpath(file)]).catch(() => [null, null]);
  if (realDir === null || realFile === null) return false;
  const inside = relativePath(realDir, realFile);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

export async function serveViewer(request: Request, distDir: string = VIEWER_DIST): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return httpError(405, 'METHOD_NOT_ALLOWED', `Method ${quote(request.method)} not allowed: use GET`, {
      allow: 'GET, HEAD',
    });
  }
  if (!existsSync(join(distDir, 'index.html'))) {
    return new Response(NOT_BUILT, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url).pathname);
  } catch {
    return httpError(400, 'BAD_PATH', 'The path is not valid percent-encoding');
  }
  const notFound = () => httpError(404, 'NOT_FOUND', `Not found: ${quote(path)}`);
  // Dotfiles, `..` and NUL never name a file the viewer serves, whatever is on disk.
  const segments = path.split(/[\\/]+/);
  if (path.includes('\0') || segments.some((segment) => segment.startsWith('.'))) return notFound();
  // No file extension: an app route (or `/`), answered by the page itself.
  const relative = extname(path) === '' ? 'index.html' : path.replace(/^\/+/, '');
  const file = join(distDir, relative);
  const inside = relativePath(distDir, file);
  if (inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).some((s) => s.startsWith('.'))) {
    return notFound();
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile() || !(await insideDir(distDir, file))) return notFound();
  const body = request.method === 'HEAD' ? null : await readFile(file);
  const immutable = relative.startsWith('assets/');
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': contentType(file),
      'content-length': String(info.size),
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}
