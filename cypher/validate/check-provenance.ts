// Checks that every relationship and claim carries its provenance (id, source, quote, stance,
// modality, credibility, reliability) with values from core/model.ts, an optional tense from
// TENSES, and that the source id names a :Source node.
import {
  CREDIBILITY_LEVELS,
  MODALITIES,
  RELIABILITY_GRADES,
  REQUIRED_PROVENANCE,
  STANCES,
  TENSES,
} from '../../core/model.ts';
import { describeValue, type GraphIndex } from './graph-index.ts';
import type { Problem } from './problem.ts';

/** Provenance property → the words it may take (the model's allow-lists). */
const ALLOWED_VALUES: Record<string, readonly string[]> = {
  stance: STANCES,
  modality: MODALITIES,
  credibility: CREDIBILITY_LEVELS,
  reliability: RELIABILITY_GRADES,
  tense: TENSES,
};

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
          `${what} without ${key} (got ${describeValue(v)}); every fact needs ${REQUIRED_PROVENANCE.join(', ')}`,
        );
      }
    }
    for (const [key, allowed] of Object.entries(ALLOWED_VALUES)) {
      const v = s.props[key];
      if (v === undefined) continue; // a missing required one is reported above; tense is optional
      if (typeof v !== 'string' || !allowed.includes(v)) {
        at(`unknown ${key} ${describeValue(v)} (allowed: ${allowed.join(', ')})`);
      }
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
