// Checks that every alias other than the entity's (editorial) name is a name the documents use:
// it must stand verbatim, same case, in at least one document of the corpus.
import { stringProp, type GraphIndex } from './graph-index.ts';
import { normaliseWhitespace } from '../../core/paragraphs.ts';
import type { Problem } from './problem.ts';

export function checkAliases(index: GraphIndex): Problem[] {
  if (index.corpus.documents.length === 0) return []; // reported once by validate-seeds.ts
  const texts = index.corpus.documents.map((d) => normaliseWhitespace(d.text));
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
