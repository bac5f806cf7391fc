// Checks the seeds against the allow-lists of core/model.ts: labels, categories, relationship
// types and their endpoint labels, claim properties (figures, dates, attributes in words),
// qualifiers, source kinds and property names (`confidence` and derived time are named apart).
import {
  ATTRIBUTE_CLAIM_PROPERTIES,
  CATEGORIES,
  CLAIM_PROPERTIES,
  CLAIM_QUALIFIERS,
  CLAIM_RELATIONSHIP,
  DERIVED_TIME_PROPERTIES,
  ENTITY_LABELS,
  RELATIONSHIP_TYPES,
  REQUIRED_PROVENANCE,
  type EntityLabel,
  type RelationshipType,
} from '../../core/model.ts';
import { describeValue, stringProp, type GraphIndex } from './graph-index.ts';
import type { Located } from './load-seeds.ts';
import type { Problem } from './problem.ts';
import type { NodeStatement, Props } from './seed-parser.ts';

const DATE_KEYS = ['validFrom', 'validFromPrecision', 'validTo', 'validToPrecision'];
const PROVENANCE_KEYS = [...REQUIRED_PROVENANCE, 'paragraph', 'attributedTo', 'tense', 'override', 'note'];

export const ALLOWED_KEYS = {
  entity: ['id', 'name', 'aliases', 'category', ...DATE_KEYS],
  relationship: [...PROVENANCE_KEYS, ...DATE_KEYS, 'role'],
  claim: [
    ...PROVENANCE_KEYS,
    'property',
    'value',
    'valueDate',
    'valuePrecision',
    'valueText',
    'qualifier',
    'unit',
    'refersTo',
    'asOf',
    'asOfPrecision',
  ],
} as const;

const list = (xs: readonly string[]): string => xs.join(', ');

const CONFIDENCE_GONE =
  'the one confidence word is gone; stance, modality, credibility and reliability replaced it (cypher/README.md)';

/** The entity label of a node (`Group`, `Event`, `Place`), if it has exactly one. */
export function entityLabelOf(node: NodeStatement): EntityLabel | undefined {
  const found = node.labels.filter((l): l is EntityLabel => (ENTITY_LABELS as readonly string[]).includes(l));
  return found.length === 1 ? found[0] : undefined;
}

export function checkModel(index: GraphIndex): Problem[] {
  const problems: Problem[] = [];
  const at = (s: { file: string; line: number }, message: string): void => {
    problems.push({ file: s.file, line: s.line, message });
  };
  const unknownKeys = (s: Located<{ props: Props }>, allowed: readonly string[], what: string): void => {
    for (const key of Object.keys(s.props)) {
      if (allowed.includes(key)) continue;
      if (key === 'confidence') {
        at(s, `unknown ${what} property "confidence": ${CONFIDENCE_GONE}`);
      } else if ((DERIVED_TIME_PROPERTIES as readonly string[]).includes(key)) {
        at(s, `${key} is derived at load (core/time.ts) and never written in a seed file`);
      } else {
        at(s, `unknown ${what} property "${key}" (allowed: ${list(allowed)})`);
      }
    }
  };

  for (const node of index.seedSources) {
    at(
      node,
      'a :Source in a seed file: documents live in corpus/<id>.json with their text (npm run add-source)',
    );
  }
  for (const node of index.nodes) {
    const id = stringProp(node.props, 'id');
    if (id === undefined) at(node, 'a node needs a string id');
    else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) at(node, `id "${id}" is not a kebab-case slug`);

    const entityLabel = entityLabelOf(node);
    if (!node.labels.includes('Entity') || entityLabel === undefined || node.labels.length !== 2) {
      at(
        node,
        `unknown label combination :${node.labels.join(':')} (a node is :Entity:Group, :Entity:Event, ` +
          ':Entity:Place; claims are created with their entity; sources come from corpus/)',
      );
      continue;
    }
    unknownKeys(node, ALLOWED_KEYS.entity, entityLabel);
    const name = stringProp(node.props, 'name');
    if (name === undefined || name.trim() === '') at(node, `a ${entityLabel} needs a non-empty string name`);
    const aliases = checkStringList(node.props.aliases, 'aliases', (m) => at(node, m), true);
    if (aliases && name !== undefined && !aliases.includes(name)) {
      at(node, `aliases must include the name "${name}"`);
    }
    const category = node.props.category;
    const allowed = CATEGORIES[entityLabel];
    if (typeof category !== 'string' || !allowed.includes(category)) {
      at(node, `unknown ${entityLabel} category ${describeValue(category)} (allowed: ${list(allowed)})`);
    }
  }

  for (const rel of index.relationships) {
    unknownKeys(rel, ALLOWED_KEYS.relationship, 'relationship');
    const info = (RELATIONSHIP_TYPES as Record<string, (typeof RELATIONSHIP_TYPES)[RelationshipType]>)[
      rel.type
    ];
    if (info === undefined) {
      at(rel, `unknown relationship type ${rel.type} (allowed: ${list(Object.keys(RELATIONSHIP_TYPES))})`);
      continue;
    }
    if (rel.type === 'PARTY_TO' && stringProp(rel.props, 'role') === undefined) {
      at(rel, 'PARTY_TO needs a string role (e.g. surrendered, launched, signatory)');
    }
    if (rel.type !== 'PARTY_TO' && rel.props.role !== undefined)
      at(rel, `role is for PARTY_TO only, not ${rel.type}`);
    const ends = [
      ['start', rel.start, info.from],
      ['end', rel.end, info.to],
    ] as const;
    for (const [which, matched, allowedLabels] of ends) {
      const node = index.nodeById.get(matched.id);
      if (node === undefined) continue; // dangling: reported by check-ids.ts
      const label = entityLabelOf(node);
      if (label === undefined || !(allowedLabels as readonly string[]).includes(label)) {
        at(
          rel,
          `${rel.type} ${which} "${matched.id}" is :${node.labels.join(':')}, ` +
            `but ${rel.type} goes from ${list(info.from)} to ${list(info.to)}`,
        );
      }
    }
  }

  for (const claim of index.claims) {
    if (claim.type !== CLAIM_RELATIONSHIP) {
      at(claim, `a claim hangs off its entity by ${CLAIM_RELATIONSHIP}, not ${claim.type}`);
    }
    if (claim.labels.join(':') !== 'Claim')
      at(claim, `a claim node is :Claim, not :${claim.labels.join(':')}`);
    unknownKeys(claim, ALLOWED_KEYS.claim, 'Claim');
    const property = claim.props.property;
    if (typeof property !== 'string' || !(CLAIM_PROPERTIES as readonly string[]).includes(property)) {
      at(claim, `unknown claim property ${describeValue(property)} (allowed: ${list(CLAIM_PROPERTIES)})`);
    }
    const isDate = property === 'validFrom' || property === 'validTo';
    const isAttribute = (ATTRIBUTE_CLAIM_PROPERTIES as readonly unknown[]).includes(property);
    const { value, valueText, valueDate, unit, qualifier, refersTo } = claim.props;
    if (isDate) {
      if (valueDate === undefined)
        at(claim, `a ${String(property)} claim needs valueDate (and valuePrecision)`);
      if (value !== undefined || valueText !== undefined) {
        at(claim, `a ${String(property)} claim gives its date in valueDate, not value/valueText`);
      }
    } else if (isAttribute) {
      // An attribute in words ("extortion"): the text is the value; there is nothing to count.
      if (valueDate !== undefined) at(claim, 'valueDate is for validFrom/validTo claims only');
      if (typeof valueText !== 'string' || valueText.trim() === '') {
        at(claim, `a ${String(property)} claim needs valueText (the attribute in words)`);
      }
      if (value !== undefined) at(claim, `a ${String(property)} claim is words: valueText, not value`);
      if (unit !== undefined) at(claim, `a ${String(property)} claim is words and has no unit`);
    } else {
      if (valueDate !== undefined) at(claim, 'valueDate is for validFrom/validTo claims only');
      if (value === undefined && valueText === undefined) at(claim, 'a claim needs a value or a valueText');
      if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) {
        at(claim, `claim value must be a number, not ${describeValue(value)}`);
      }
      if (typeof unit !== 'string' || unit === '') at(claim, 'a figure claim needs a string unit');
      if (typeof refersTo !== 'string' || refersTo === '') {
        at(claim, 'a figure claim needs refersTo (what the figure counts, in words)');
      }
    }
    if (valueText !== undefined && typeof valueText !== 'string') at(claim, 'valueText must be a string');
    if (qualifier !== undefined && !(CLAIM_QUALIFIERS as readonly string[]).includes(qualifier as string)) {
      at(claim, `unknown qualifier ${describeValue(qualifier)} (allowed: ${list(CLAIM_QUALIFIERS)})`);
    }
  }
  return problems;
}

function checkStringList(
  v: unknown,
  key: string,
  report: (m: string) => void,
  required: boolean,
): string[] | undefined {
  if (v === undefined) {
    if (required) report(`${key} must be a list of strings`);
    return undefined;
  }
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.trim() !== '')) {
    report(`${key} must be a list of non-empty strings`);
    return undefined;
  }
  const seen = new Set<string>();
  for (const x of v as string[]) {
    if (seen.has(x)) report(`${key} lists "${x}" twice`);
    seen.add(x);
  }
  return v as string[];
}
