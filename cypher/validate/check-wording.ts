// The wording rules of cypher/README.md: words in a quote that contradict what the fact says it is
// (intent on an actual fact, denial on an asserted one, "parts of" on a PART_OF, "former" on a
// present one). Each is an error unless the fact carries `override: '<rule>: <reason>'`.
import { WORDING_RULES, type WordingRule } from '../../core/model.ts';
import { normaliseWhitespace } from '../../core/paragraphs.ts';
import { stringProp, type GraphIndex } from './graph-index.ts';
import type { Problem } from './problem.ts';
import type { ClaimStatement, RelationshipStatement } from './seed-parser.ts';

type Fact = RelationshipStatement | ClaimStatement;

interface RuleSpec {
  words: readonly string[];
  /** Whether the rule looks at this fact at all. */
  applies: (fact: Fact) => boolean;
  /** The fact's side of the contradiction and what to do instead, for the message. */
  on: string;
  fix: string;
}

const RULES: Record<WordingRule, RuleSpec> = {
  'intent-words': {
    words: ['interested in', 'aims to', 'aim to', 'plans to', 'plan to', 'vowed', 'committed to', 'will'],
    applies: (f) => f.props.modality === 'actual',
    on: "a fact with modality 'actual'",
    fix: "an aim, plan or commitment is modality 'intended', a forecast 'expected'",
  },
  'denial-words': {
    words: ['not', 'never', 'no longer', 'denied', 'denies'],
    applies: (f) => f.props.stance === 'asserted',
    on: "an 'asserted' fact",
    fix: "a denial is stance 'denied'",
  },
  'parts-of': {
    words: ['parts of'],
    applies: (f) => f.kind === 'relationship' && f.type === 'PART_OF',
    on: 'a PART_OF',
    fix: 'part of a place lying within another is PARTLY_IN',
  },
  former: {
    words: ['former', 'formerly', 'used to'],
    applies: (f) => (f.props.tense ?? 'present') === 'present',
    on: 'a present-tense fact',
    fix: "what held and no longer does is tense 'past'",
  },
};

/** A reason is a few words saying why the flagged words do not change what the fact says. */
const MIN_REASON_WORDS = 3;

const wordPattern = (words: readonly string[]): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words.map((w) => w.split(' ').join('\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );

const PATTERNS = new Map(
  (Object.entries(RULES) as [WordingRule, RuleSpec][]).map(([name, spec]) => [name, wordPattern(spec.words)]),
);

/** The rule words found in `quote` (whole words, any case, whitespace collapsed), as they stand. */
export function findRuleWords(rule: WordingRule, quote: string): string[] {
  return [...normaliseWhitespace(quote).matchAll(PATTERNS.get(rule)!)].map((m) => m[0]);
}

/** `'<rule>: <reason>'` → its parts, or what is wrong with it. */
export function parseOverride(text: string): { rule: WordingRule; reason: string } | { error: string } {
  const m = /^([a-z-]+):(.*)$/s.exec(text.trim());
  if (!m) return { error: `override "${text}" is not '<rule>: <reason>'` };
  const rule = m[1]!;
  const reason = m[2]!.trim();
  if (!(WORDING_RULES as readonly string[]).includes(rule)) {
    return { error: `override names unknown rule "${rule}" (rules: ${WORDING_RULES.join(', ')})` };
  }
  if (reason.split(/\s+/).filter(Boolean).length < MIN_REASON_WORDS) {
    return {
      error: `override for ${rule} needs a reason of at least ${MIN_REASON_WORDS} words (got "${reason}")`,
    };
  }
  return { rule: rule as WordingRule, reason };
}

export function checkWording(index: GraphIndex): Problem[] {
  const problems: Problem[] = [];
  for (const fact of [...index.relationships, ...index.claims]) {
    const at = (message: string): void => {
      problems.push({ file: fact.file, line: fact.line, message });
    };
    let overridden: WordingRule | undefined;
    const override = fact.props.override;
    if (override !== undefined) {
      const parsed =
        typeof override === 'string' ? parseOverride(override) : { error: 'override must be a string' };
      if ('error' in parsed) at(parsed.error);
      else overridden = parsed.rule;
    }
    const quote = stringProp(fact.props, 'quote');
    if (quote === undefined) continue; // reported by check-provenance.ts
    for (const [rule, spec] of Object.entries(RULES) as [WordingRule, RuleSpec][]) {
      const found = spec.applies(fact) ? findRuleWords(rule, quote) : [];
      if (rule === overridden) {
        // An override that silences nothing is stale: the quote or the fact changed since.
        if (found.length === 0) at(`override for ${rule}, but the rule finds nothing to silence here`);
        continue;
      }
      if (found.length > 0) {
        const words = [...new Set(found.map((w) => `"${w}"`))].join(', ');
        at(
          `${rule}: ${words} in the quote of ${spec.on} (${spec.fix}; if the words do not change what ` +
            `the fact says, add override: '${rule}: <reason>')`,
        );
      }
    }
  }
  return problems;
}
