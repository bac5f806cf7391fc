// Filters a request leaves open: each names a fragment of cypher/queries/fragments that keeps
// everything for such parameters, and which query-files.ts then splices in its open form
// (fragments/open/<name>.cypher), so Neo4j does not test every relationship and entity it walks.
import { CREDIBILITY_LEVELS, ENTITY_LABELS } from '../../core/model.ts';

/** A list of words that holds every one of `all` and nothing else. */
function holdsExactly(value: unknown, all: readonly string[]): boolean {
  return (
    Array.isArray(value) &&
    all.every((word) => value.includes(word)) &&
    value.every((word) => all.includes(word as string))
  );
}

/**
 * When each fragment with an open form is open. Only an exact rule: a filter that keeps
 * everything for these parameters on every graph the loader accepts (the open forms' headers
 * say why). Parameters a query does not take are absent, and absent is never open.
 */
export const OPEN_WHEN: Readonly<Record<string, (params: Record<string, unknown>) => boolean>> = {
  'credibility-kept': (p) => holdsExactly(p.credibilities, CREDIBILITY_LEVELS),
  'source-kept': (p) => p.sources === null,
  'kind-kept': (p) => holdsExactly(p.kinds, ENTITY_LABELS),
  'in-window': (p) => p.windowStart === null && p.windowEnd === null,
};

const NAMES = Object.keys(OPEN_WHEN);

/** The fragments these parameters leave open, in OPEN_WHEN's order (empty: none). */
export function openFilters(params: Record<string, unknown>): string[] {
  return NAMES.filter((name) => OPEN_WHEN[name]!(params));
}
