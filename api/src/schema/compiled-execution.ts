// Runs a query that has been asked before through graphql-jit: the document is compiled once into
// a JavaScript function for this schema, which skips the executor's per-field interpretation (a
// tenth to a fifth of a millisecond per request, half of what GraphQL added over the driver).
import {
  GraphQLError,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type Source,
  type SourceLocation,
} from 'graphql/index.js';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/** Per operation of a document: executions so far, then the compiled form (null: it did not compile). */
type Entry = { runs: number } | { compiled: CompiledQuery | null };

/** `compileOn`: the execution of a document on which it is compiled (config.ts COMPILE_QUERIES_ON says why 2). */
export function useCompiledQueries(compileOn: number): Plugin {
  // Keyed by the parsed document: yoga's parser cache (and the fast path's prepared-queries.ts)
  // hands the same object for the same query text, and entries go when both let the document go
  // (each keeps a bounded number).
  const byDocument = new WeakMap<DocumentNode, Map<string | null, Entry>>();

  function compiledFor(args: ExecutionArgs): CompiledQuery | null {
    let entries = byDocument.get(args.document);
    if (!entries) byDocument.set(args.document, (entries = new Map()));
    const operation = args.operationName ?? null;
    const entry = entries.get(operation) ?? { runs: 0 };
    if ('compiled' in entry) return entry.compiled;
    if (entry.runs + 1 < compileOn) {
      entries.set(operation, { runs: entry.runs + 1 });
      return null;
    }
    // What graphql-jit cannot compile (an error result, or a throw) runs through yoga's executor
    // (@graphql-tools/executor), as before.
    let compiled: CompiledQuery | null = null;
    try {
      const result = compileQuery(args.schema, args.document, operation ?? undefined);
      if (isCompiledQuery(result)) compiled = result;
    } catch {
      // Stays null.
    }
    entries.set(operation, { compiled });
    return compiled;
  }

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const compiled = compiledFor(args);
      if (compiled === null) return;
      setExecuteFn(async (run) => {
        const result = (await compiled.query(
          run.rootValue,
          run.contextValue,
          run.variableValues,
        )) as ExecutionResult;
        // No data: the variables did not coerce. yoga's executor says better what was wrong ("Value
        // \"NOPE\" does not exist in \"EntityKind\" enum" where graphql-jit says "Expected type
        // EntityKind"), and nothing ran, so it answers instead: the same error as a first request.
        if (result.data === undefined && result.errors) return executeFn(run);
        if (!result.errors) return result;
        const locate = positionsIn(run.document.loc?.source);
        return { ...result, errors: result.errors.map((error) => asGraphQLError(error, locate)) };
      });
    },
  };
}

/**
 * graphql-jit's errors are its own kind, with fixed `extensions` and `message` (absent extensions
 * cannot be added): error-codes.ts gives every error a code and cuts long messages, and yoga
 * masks them, so they become graphql-js errors with the same message, path, cause and place. The
 * place goes as positions in the query's source, from which GraphQLError and yoga work out the
 * locations again (graphql-jit keeps only the locations it worked out from the field nodes).
 */
function asGraphQLError(error: GraphQLError, locate: Locate | undefined): GraphQLError {
  if (Object.getPrototypeOf(error) === GraphQLError.prototype) return error;
  return new GraphQLError(error.message, {
    ...(locate && error.locations ? { source: locate.source, positions: locate.at(error.locations) } : {}),
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
}

/** A query's source and the offsets in it of line/column locations. */
interface Locate {
  source: Source;
  at(locations: readonly SourceLocation[]): number[];
}

/** Lines ended as graphql-js ends them, found once for all the errors of a result. */
function positionsIn(source: Source | undefined): Locate | undefined {
  if (!source) return undefined;
  const lineStarts = [0];
  for (const end of source.body.matchAll(/\r\n|[\n\r]/g)) lineStarts.push(end.index + end[0].length);
  return {
    source,
    at: (locations) => locations.map(({ line, column }) => (lineStarts[line - 1] ?? 0) + column - 1),
  };
}
