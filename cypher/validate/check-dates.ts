// Checks dates: every date('…') is a real calendar day, every date has its precision word, period
// bounds sit on the period's first (validFrom) or last (validTo) day, and every entity date is
// backed by a validFrom/validTo claim with the same value and precision.
import { isPeriodEnd, isPeriodStart, parseIsoDay, periodOf } from '../../core/dates.ts';
import { DATE_PRECISIONS, type DatePrecision } from '../../core/model.ts';
import { describeValue, stringProp, type GraphIndex } from './graph-index.ts';
import type { Problem } from './problem.ts';
import { CypherDate, type Props } from './seed-parser.ts';

/** Date property → its precision property, per kind of statement. */
const DATE_PAIRS = {
  entity: { validFrom: 'validFromPrecision', validTo: 'validToPrecision' },
  relationship: { validFrom: 'validFromPrecision', validTo: 'validToPrecision' },
  claim: { valueDate: 'valuePrecision', asOf: 'asOfPrecision' },
  source: { date: 'datePrecision' },
} as const;

export function checkDates(index: GraphIndex): Problem[] {
  const problems: Problem[] = [];
  const all = [
    ...index.nodes.map((s) => ({
      s,
      pairs: s.labels.includes('Source') ? DATE_PAIRS.source : DATE_PAIRS.entity,
    })),
    ...index.relationships.map((s) => ({ s, pairs: DATE_PAIRS.relationship })),
    ...index.claims.map((s) => ({ s, pairs: DATE_PAIRS.claim })),
  ];
  for (const { s, pairs } of all) {
    const at = (message: string): void => {
      problems.push({ file: s.file, line: s.line, message });
    };
    for (const [dateKey, precisionKey] of Object.entries(pairs) as [string, string][]) {
      checkPair(s.props, dateKey, precisionKey, at);
    }
    for (const [key, v] of Object.entries(s.props)) {
      if (v instanceof CypherDate && !(key in pairs))
        at(`${key} is not a date property (dates: ${Object.keys(pairs).join(', ')})`);
    }
  }

  // An entity date is a fact: a claim must state it, with the same day and precision.
  for (const node of index.nodes) {
    if (node.labels.includes('Source')) continue;
    const id = stringProp(node.props, 'id');
    for (const key of ['validFrom', 'validTo'] as const) {
      const date = node.props[key];
      if (!(date instanceof CypherDate)) continue;
      const precision = node.props[`${key}Precision`];
      const claims = (id && index.claimsByEntity.get(id)) || [];
      const backing = claims.filter((c) => c.props.property === key);
      const match = backing.some(
        (c) =>
          c.props.valueDate instanceof CypherDate &&
          c.props.valueDate.text === date.text &&
          c.props.valuePrecision === precision,
      );
      if (!match) {
        const seen = backing.map(
          (c) => `${describeValue(c.props.valueDate)}/${describeValue(c.props.valuePrecision)}`,
        );
        problems.push({
          file: node.file,
          line: node.line,
          message:
            `entity date ${key} ${describeValue(date)} (${describeValue(precision)}) has no matching ` +
            `:Claim {property: '${key}'} on "${id}"` +
            (seen.length > 0 ? ` (claims give ${seen.join(', ')})` : ''),
        });
      }
    }
  }
  return problems;
}

function checkPair(props: Props, dateKey: string, precisionKey: string, at: (m: string) => void): void {
  const date = props[dateKey];
  const precision = props[precisionKey];
  if (date === undefined) {
    if (precision !== undefined) at(`${precisionKey} given without ${dateKey}`);
    return;
  }
  if (!(date instanceof CypherDate)) {
    at(`${dateKey} must be date('YYYY-MM-DD'), not ${describeValue(date)}`);
    return;
  }
  const parts = parseIsoDay(date.text);
  if (parts === undefined)
    at(`malformed date ${describeValue(date)} in ${dateKey} (need a real day, YYYY-MM-DD)`);
  if (precision === undefined) {
    at(`${dateKey} needs ${precisionKey} (${DATE_PRECISIONS.join(', ')})`);
    return;
  }
  if (typeof precision !== 'string' || !(DATE_PRECISIONS as readonly string[]).includes(precision)) {
    at(
      `malformed precision ${describeValue(precision)} in ${precisionKey} (allowed: ${DATE_PRECISIONS.join(', ')})`,
    );
    return;
  }
  if (parts === undefined) return;
  const p = precision as DatePrecision;
  // A period's start sits on its first day, its end on its last day (cypher/README.md); other dates
  // with a coarse precision (asOf, a source's date) use the first day too.
  const isEnd = dateKey === 'validTo' || (dateKey === 'valueDate' && props.property === 'validTo');
  if (isEnd ? isPeriodEnd(date.text, p) : isPeriodStart(date.text, p)) return;
  const period = periodOf(date.text, p);
  at(
    `${dateKey} ${describeValue(date)} with precision ${p} must be date('${isEnd ? period.to : period.from}') ` +
      `(the ${isEnd ? 'last' : 'first'} day of the ${p})`,
  );
}
