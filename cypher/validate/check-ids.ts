// Checks identity: every id is defined once across nodes, relationships and claims, and every id a
// MATCH names is created by some seed statement with fitting labels.
import type { GraphIndex } from './graph-index.ts';
import type { Problem } from './problem.ts';
import type { MatchedNode } from './seed-parser.ts';

export function checkIds(index: GraphIndex): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, { file: string; line: number }>();
  const define = (id: unknown, at: { file: string; line: number }): void => {
    if (typeof id !== 'string') return;
    const prior = firstSeen.get(id);
    if (prior) {
      problems.push({
        ...at,
        message: `duplicate id "${id}" (first defined at ${prior.file}:${prior.line})`,
      });
    } else {
      firstSeen.set(id, { file: at.file, line: at.line });
    }
  };
  for (const s of [...index.nodes, ...index.relationships, ...index.claims]) {
    define(s.props.id, s);
  }

  // Relationship ids follow <start>--<type-kebab>--<end>--<source>[-n] (cypher/README.md), so an id
  // says what it is and a copy-pasted statement with a stale id is caught.
  for (const rel of index.relationships) {
    const id = rel.props.id;
    const source = rel.props.source;
    if (typeof id !== 'string' || typeof source !== 'string') continue;
    const base = `${rel.start.id}--${rel.type.toLowerCase().replace(/_/g, '-')}--${rel.end.id}--${source}`;
    if (id !== base && !new RegExp(`^${escapeRegExp(base)}-[2-9][0-9]*$`).test(id)) {
      problems.push({
        file: rel.file,
        line: rel.line,
        message: `relationship id "${id}" should be "${base}" (or "${base}-2", …)`,
      });
    }
  }

  const checkMatch = (m: MatchedNode, at: { file: string; line: number; seq: number }): void => {
    const node = index.nodeById.get(m.id);
    if (node === undefined) {
      problems.push({
        file: at.file,
        line: at.line,
        message: `dangling id "${m.id}": MATCH names an id that no CREATE defines`,
      });
      return;
    }
    if (node.seq > at.seq) {
      problems.push({
        file: at.file,
        line: at.line,
        message: `"${m.id}" is created only later (${node.file}:${node.line}); seed files load in file-name order`,
      });
    }
    const missing = m.labels.filter((l) => !node.labels.includes(l));
    if (missing.length > 0) {
      problems.push({
        file: at.file,
        line: at.line,
        message: `MATCH (:${m.labels.join(':')} {id: '${m.id}'}) but "${m.id}" is :${node.labels.join(':')}`,
      });
    }
  };
  for (const rel of index.relationships) {
    checkMatch(rel.start, rel);
    checkMatch(rel.end, rel);
  }
  for (const claim of index.claims) checkMatch(claim.entity, claim);
  return problems;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
