// GET /export/<format>?<scope>: the graph (by default its asserted, actual facts) or a scope of it,
// with provenance, as a download.
// Formats: json | csv | graphml | gexf | cypher   (GET /export lists them with the parameters)
// Scope parameters (lists comma-separated or repeated; all optional):
//   types=RIVAL_OF,CLASHED_WITH   categories=militant-group,attack (or Group/Event/Place)
//   stances=asserted,denied,unclear (default asserted)   modalities=actual,intended,expected (default actual)
//   minCredibility=reported|estimated|alleged|suspected
//   asOf=YYYY[-MM[-DD]]   or   from=YYYY[-MM[-DD]]&to=YYYY[-MM[-DD]]   includePossible=true|false
//   focus=iskp,afghan-taliban&depth=1..3   claims=include|exclude   isolated=include|exclude
//   file=nodes|edges|sources (csv only: one CSV instead of the zip)
// Bad format or scope → 400 {error, code: 'BAD_EXPORT_REQUEST', problems: [{parameter, value?,
// message, allowed?}]}, with long values cut (never echoed whole); other errors {error, code}.
// The body streams as Neo4j is read (read-graph.ts), at the pace the client reads it. A failure
// after the 200 and headers are sent (Neo4j gone, or the generation deleted mid-export:
// GenerationGoneError) cannot change the status: the body is cut off instead (the stream errors
// and the connection is aborted, so the chunked body never gets its final chunk and every HTTP
// client reports an incomplete download rather than a short file), and the server log says why.
import { classifyNeo4jError, DbError } from '../../../cypher/db/db-errors.ts';
import type { AppDeps } from '../app.ts';
import { EXPORT_FORMATS, isExportFormat } from '../../../core/export-formats.ts';
import { exportFileName, formatInfo } from './formats.ts';
import { openExport, ScopeDataError, type OpenExport } from './read-graph.ts';
import { describeProblems, parseScope, SCOPE_PARAMETERS, type ScopeProblem } from './scope.ts';
import { serialize, toBytes } from './serialize.ts';
import { HTTP_LIMITS } from '../http/limits.ts';

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** How many problems one answer lists. */
const MAX_PROBLEMS = 20;

/** The problem with a long value cut to a few characters, in `value` and in the message. */
function shortened(problem: ScopeProblem): ScopeProblem {
  const max = HTTP_LIMITS.quotedValueLength;
  const value = problem.value;
  if (value === undefined || value.length <= max) return problem;
  const cut = `${value.slice(0, max)}… (${value.length} characters)`;
  return { ...problem, value: cut, message: problem.message.split(value).join(cut) };
}

function badRequest(problems: ScopeProblem[]): Response {
  const shown = problems.slice(0, MAX_PROBLEMS).map(shortened);
  return json(400, { error: describeProblems(shown), code: 'BAD_EXPORT_REQUEST', problems: shown });
}

/** What GET /export answers: the formats and parameters, for people and for the viewer. */
export function exportIndex() {
  return {
    endpoint: '/export/<format>?<scope>',
    formats: EXPORT_FORMATS,
    parameters: SCOPE_PARAMETERS,
    example:
      '/export/graphml?types=RIVAL_OF,CLASHED_WITH&stances=asserted,denied&minCredibility=alleged&from=2015&to=2021',
  };
}

/**
 * How long one query of an export may take (a summary aggregates the whole scope): more than the
 * GraphQL query timeout, but a bound, so a frozen Neo4j cannot hold a request open.
 */
const EXPORT_TIMEOUT_MS = 120_000;

/** The configured database (NEO4J_DATABASE); the server's default when the config has none. */
function databaseOf(deps: AppDeps): string | undefined {
  return deps.config?.neo4j?.database || undefined;
}

/** What the server lets the export do to the connection: abort it when the body cannot be completed. */
export interface ExportConnection {
  /** Destroys the socket; false when there is none (an in-process app.fetch). */
  abort?: () => boolean;
}

export async function handleExportRequest(
  request: Request,
  deps: AppDeps,
  connection: ExportConnection = {},
): Promise<Response> {
  const url = new URL(request.url);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return json(
      405,
      { error: `method ${request.method.slice(0, 20)} not allowed: use GET`, code: 'METHOD_NOT_ALLOWED' },
      { allow: 'GET, HEAD' },
    );
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/export') return json(200, exportIndex());
  let format: string;
  try {
    format = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)).toLowerCase();
  } catch {
    return json(400, { error: 'the export path is not valid percent-encoding', code: 'BAD_PATH' });
  }
  if (!path.startsWith('/export/') || path.split('/').length !== 3 || !isExportFormat(format)) {
    return badRequest([
      {
        parameter: 'format',
        value: format,
        message: `unknown export format '${format}'`,
        allowed: EXPORT_FORMATS,
      },
    ]);
  }
  const parsed = parseScope(url.searchParams, format);
  if (!parsed.ok) return badRequest(parsed.problems);

  let graph: OpenExport;
  try {
    graph = await openExport(deps.driver, parsed.scope, {
      database: databaseOf(deps),
      timeoutMs: Math.max(EXPORT_TIMEOUT_MS, deps.config?.queryTimeoutMs ?? 0),
    });
  } catch (error) {
    if (error instanceof ScopeDataError) return badRequest(error.problems);
    const classified = classifyNeo4jError(error, deps.config?.queryTimeoutMs ?? 0);
    if (classified instanceof DbError) {
      const status = classified.code === 'QUERY_TIMEOUT' ? 504 : 503;
      return json(status, { error: classified.message, code: classified.code }, { 'retry-after': '5' });
    }
    throw error;
  }

  const info = formatInfo(format, parsed.file);
  const { counts } = graph.summary;
  const headers = {
    'content-type': info.mediaType,
    'content-disposition': `attachment; filename="${exportFileName(format, graph.meta.exportedAt, parsed.scope.query !== '', parsed.file)}"`,
    'cache-control': 'no-store',
    'x-export-nodes': String(counts.nodes),
    'x-export-edges': String(counts.edges),
    'x-export-scope': parsed.scope.query,
  };
  if (request.method === 'HEAD') {
    await graph.close();
    return new Response(null, { status: 200, headers });
  }

  const bytes = toBytes(serialize(graph, format, parsed.file));
  let open = true;
  const close = async () => {
    if (open) await graph.close();
    open = false;
  };
  // Pulled one chunk at a time as the client reads: the next page is read from Neo4j only then.
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await bytes.next();
        if (next.done) {
          await close();
          controller.close();
        } else controller.enqueue(next.value);
      } catch (error) {
        await close();
        console.error(`GET ${url.pathname}: export stopped after its headers were sent:`, error);
        // Over a socket: destroy it, so the chunked body never gets its last chunk, and end the
        // stream quietly (erroring it as well leaves the server adapter an unhandled rejection).
        // In process (no socket): the reader gets the error.
        if (connection.abort?.()) controller.close();
        else controller.error(error);
      }
    },
    async cancel() {
      await bytes.return(undefined);
      await close();
    },
  });
  return new Response(body, { status: 200, headers });
}
