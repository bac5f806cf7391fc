// Checks that every relationship and claim carries its provenance (id, source, quote, confidence),
// that the confidence is on the scale, and that the source id names a :Source node.
import { CONFIDENCE_LEVELS, REQUIRED_PROVENANCE } from '../../core/model.ts';
import { describeValue, type GraphIndex } from './graph-index.ts';
import type { Problem } from './problem.ts';

export function checkProvenance(index: GraphIndex): Problem[] {
  const problems: Problem[] = [];
  for (const s of [...index.relationships, ...index.claims]) {
    const what = s.kind === 'relationship' ? `${s.type} relationship` : 'claim';
    const at = (message: string): void => {
      problems.push({ file: s.file, line: s.line, message });
    };
    for (const key of REQUIRED_PROVENANCE) {
      const v = s.props[key];
      if (typeof v !== 'string' || v.trim() === '') {
        at(
          `${what} without ${key} (got ${describeValue(v)}); every fact needs id, source, quote and confidence`,
        );
      }
    }
    const confidence = s.props.confidence;
    if (typeof confidence === 'string' && !(CONFIDENCE_LEVELS as readonly string[]).includes(confidence)) {
      at(`unknown confidence "${confidence}" (allowed: ${CONFIDENCE_LEVELS.join(', ')})`);
    }
    const source = s.props.source;
    if (typeof source === 'string' && source !== '' && !index.sourceById.has(source)) {
      const node = index.nodeById.get(source);
      at(
        node === undefined
          ? `source "${source}" is not the id of any :Source`
          : `source "${source}" is a :${node.labels.join(':')}, not a :Source`,
      );
    }
    for (const key of ['attributedTo', 'note'] as const) {
      const v = s.props[key];
      if (v !== undefined && (typeof v !== 'string' || v.trim() === '')) {
        at(`${key} must be a non-empty string (got ${describeValue(v)})`);
      }
    }
  }
  return problems;
}
