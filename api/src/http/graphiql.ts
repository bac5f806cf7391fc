// GraphiQL from the project's own dependencies (@graphql-yoga/render-graphiql), not a CDN, and
// without inline scripts, so the page runs under the same CSP as the viewer: the page yoga
// renders links /graphiql/graphiql.js and .css, and carries its options as inert JSON.
import {
  css,
  editorWorkerService,
  favicon,
  graphqlWorker,
  js,
  jsonWorker,
} from '@graphql-yoga/render-graphiql/graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';
import { httpError, quote } from './responses.ts';

export const GRAPHIQL_ASSETS = '/graphiql/';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page yoga answers a browser at /graphql with (its `renderGraphiQL` option). */
export function renderGraphiQLPage(options: GraphiQLOptions): string {
  // JSON inside <script type="application/json"> is never run; `<` is escaped so it cannot end it.
  const data = JSON.stringify(options ?? {}).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options?.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${favicon}" />
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS}graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${data}</script>
    <script src="${GRAPHIQL_ASSETS}graphiql.js"></script>
  </body>
</html>
`;
}

let script: string | undefined;

/** GraphiQL's bundle, its editor workers (run from blob: URLs) and the start-up that reads the options. */
function graphiqlScript(): string {
  script ??= `(function () {
  function prepareBlob(workerContent) {
    return URL.createObjectURL(new Blob([workerContent], { type: 'application/javascript' }));
  }
  var workers = {
    editorWorkerService: prepareBlob(${JSON.stringify(editorWorkerService)}),
    json: prepareBlob(${JSON.stringify(jsonWorker)}),
    graphql: prepareBlob(${JSON.stringify(graphqlWorker)}),
  };
  self['MonacoEnvironment'] = {
    globalAPI: false,
    getWorkerUrl: function (moduleId, label) { return workers[label]; },
  };
})();
${js};
YogaGraphiQL.renderYogaGraphiQL(
  window.document.querySelector('#root'),
  JSON.parse(window.document.getElementById('graphiql-options').textContent || '{}'),
);
`;
  return script;
}

/** GET /graphiql/graphiql.js and /graphiql/graphiql.css; 404 for anything else under /graphiql/. */
export function serveGraphiQLAsset(request: Request): Response {
  const { pathname } = new URL(request.url);
  const file = pathname.slice(GRAPHIQL_ASSETS.length);
  const body = file === 'graphiql.js' ? graphiqlScript() : file === 'graphiql.css' ? css : undefined;
  if (body === undefined) {
    return httpError(404, 'NOT_FOUND', `No GraphiQL file ${quote(file)}`);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return httpError(405, 'METHOD_NOT_ALLOWED', `Method ${quote(request.method)} not allowed: use GET`, {
      allow: 'GET, HEAD',
    });
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      'content-type': file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    },
  });
}
