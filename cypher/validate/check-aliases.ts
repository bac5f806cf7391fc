// Checks that every alias other than the entity's (editorial) name is a name the documents use:
// it must stand verbatim, same case, in at least one document of the corpus.
import { stringProp, type GraphIndex } from './graph-index.ts';
import { normaliseWhitespace } from './check-quotes.ts';
import type { Problem } from './problem.ts';

export function checkAliases(index: GraphIndex, corpus: Map<string, string>): Problem[] {
  if (corpus.size === 0) return []; // reported once by validate-seeds.ts
  const texts = [...corpus.values()].map(normaliseWhitespace);
  const problems: Problem[] = [];
  for (const node of index.nodes) {
    const aliases = node.props.aliases;
    if (!Array.isArray(aliases)) continue;
    const name = stringProp(node.props, 'name');
    for (const alias of aliases) {
      if (typeof alias !== 'string' || alias === name) continue;
      const wanted = normaliseWhitespace(alias);
      if (!texts.some((t) => t.includes(wanted))) {
        problems.push({
          file: node.file,
          line: node.line,
          message: `alias "${alias}" appears in no document; aliases are the names the documents use`,
        });
      }
    }
  }
  return problems;
}
