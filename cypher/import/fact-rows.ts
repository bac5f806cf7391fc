// The facts sheet: one row per relationship fact, each checked on its own before anything is
// written: ids known or defined in the entities sheet, the type and its endpoint labels, the
// model's words (core/model.ts), the periods (core/dates.ts), the quote verbatim in the document
// (core/paragraphs.ts: its line becomes the fact's `paragraph`), the document, repeats.
import { isPeriodEnd, isPeriodStart, parseIsoDay, parsePeriod } from '../../core/dates.ts';
import {
  CLAIM_RELATIONSHIP,
  CREDIBILITY_LEVELS,
  DATE_PRECISIONS,
  MODALITIES,
  RELATIONSHIP_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  RELIABILITY_GRADES,
  STANCES,
  TENSES,
  type DatePrecision,
  type RelationshipType,
} from '../../core/model.ts';
import { locateQuote, normaliseWhitespace, type Paragraph } from '../../core/paragraphs.ts';
import { factColumns, type Columns, type FactColumn } from './columns.ts';
import { factKey, type KnownEntity, type KnownGraph } from './known-graph.ts';
import type { ImportProblem } from './problem.ts';
import type { Sheet } from './sheet.ts';
import { suggestEntity, suggestWord } from './suggest.ts';

export interface DatedBound {
  date: string;
  precision: DatePrecision;
}

export interface FactDraft {
  row: number;
  /** The id the sheet gives, if any; the others are assigned when the file is written. */
  id?: string;
  from: string;
  type: RelationshipType;
  to: string;
  quote: string;
  /** The paragraph (document line) the quote stands in: the sheet's choice, else its first place. */
  paragraph: number;
  stance: string;
  modality: string;
  credibility: string;
  reliability: string;
  attributedTo?: string;
  validFrom?: DatedBound;
  validTo?: DatedBound;
  tense?: string;
  role?: string;
  override?: string;
  note?: string;
}

export interface FactContext {
  source: string;
  paragraphs: readonly Paragraph[];
  known: KnownGraph;
  /** Entities the seed files and the entities sheet define. */
  entities: Map<string, KnownEntity>;
}

const typeKebab = (type: string): string => type.toLowerCase().replace(/_/g, '-');

/** `<from>--<type-kebab>--<to>--<source>`: a relationship id without its `-n`. */
export function idBase(from: string, type: string, to: string, source: string): string {
  return `${from}--${typeKebab(type)}--${to}--${source}`;
}

export interface FactRows {
  facts: FactDraft[];
  problems: ImportProblem[];
  /** Rows of HAS_CLAIM (an export's entity-to-claim links): claims are not imported from sheets. */
  skipped: number[];
  columns?: Columns<FactColumn>;
}

export function readFactRows(sheet: Sheet, ctx: FactContext): FactRows {
  const { columns, problems } = factColumns(sheet);
  if (problems.length > 0) return { facts: [], problems, skipped: [] };
  const facts: FactDraft[] = [];
  const skipped: number[] = [];
  const seenFacts = new Map<string, number>();
  const seenIds = new Map<string, number>();
  for (const r of sheet.rows) {
    if (columns.cell(r, 'type').toUpperCase() === CLAIM_RELATIONSHIP) {
      skipped.push(r.row);
      continue;
    }
    const before = problems.length;
    const at = (column: FactColumn, message: string): void => {
      problems.push({ file: sheet.file, row: r.row, column: columns.header(column), message });
    };
    const cell = (column: FactColumn): string => columns.cell(r, column);
    const optional = (column: FactColumn): string | undefined => cell(column) || undefined;
    const word = (column: FactColumn, allowed: readonly string[], required: boolean): string | undefined => {
      const text = cell(column);
      if (text === '') {
        if (required) at(column, `empty; one of ${allowed.join(', ')}`);
        return undefined;
      }
      const found = allowed.find((w) => w.toLowerCase() === text.toLowerCase());
      if (found === undefined)
        at(column, `"${text}" is not one of ${allowed.join(', ')}${suggestWord(text, allowed)}`);
      return found;
    };

    const document = cell('sourceDocument');
    if (document !== '' && document !== ctx.source) {
      at(
        'sourceDocument',
        `this row is from ${document}, not from --source ${ctx.source}; import one document at a time`,
      );
    }
    const endpoint = (column: 'from' | 'to'): KnownEntity | undefined => {
      const id = cell(column);
      if (id === '') {
        at(column, 'empty; the id of an entity');
        return undefined;
      }
      const entity = ctx.entities.get(id);
      if (entity === undefined) {
        const hint = suggestEntity(id, ctx.entities.values());
        at(
          column,
          `unknown entity id "${id}"${hint ? `: ${hint}` : ''} (define a new one in the entities sheet)`,
        );
      }
      return entity;
    };
    const from = endpoint('from');
    const to = endpoint('to');
    const typeText = cell('type');
    const type = RELATIONSHIP_TYPE_NAMES.find((t) => t === typeText.toUpperCase().replace(/[\s-]+/g, '_'));
    if (type === undefined) {
      at(
        'type',
        `unknown relationship type "${typeText}"${suggestWord(typeText.toUpperCase(), RELATIONSHIP_TYPE_NAMES)}`,
      );
    } else {
      const info = RELATIONSHIP_TYPES[type];
      if (from && !(info.from as readonly string[]).includes(from.label)) {
        at('from', `${type} starts at a ${info.from.join(' or ')}, but "${from.id}" is a ${from.label}`);
      }
      if (to && !(info.to as readonly string[]).includes(to.label)) {
        at('to', `${type} ends at a ${info.to.join(' or ')}, but "${to.id}" is a ${to.label}`);
      }
    }
    const stance = word('stance', STANCES, true);
    const modality = word('modality', MODALITIES, true);
    const credibility = word('credibility', CREDIBILITY_LEVELS, true);
    const reliability = word('reliability', RELIABILITY_GRADES, true);
    const tense = word('tense', TENSES, false);
    const validFrom = bound(cell('validFrom'), cell('validFromPrecision'), 'from', (c, m) =>
      at(c === 'date' ? 'validFrom' : 'validFromPrecision', m),
    );
    const validTo = bound(cell('validTo'), cell('validToPrecision'), 'to', (c, m) =>
      at(c === 'date' ? 'validTo' : 'validToPrecision', m),
    );
    if (validFrom && validTo && validFrom.date > validTo.date) {
      at('validTo', `the period ends (${validTo.date}) before it begins (${validFrom.date})`);
    }
    const quote = normaliseWhitespace(cell('quote'));
    let paragraph = 0;
    if (quote === '') at('quote', 'empty; the words of the document the fact stands on');
    else {
      const places = [...new Set(locateQuote(ctx.paragraphs, quote).map((p) => p.paragraph))];
      const chosen = cell('paragraph');
      if (places.length === 0) {
        at('quote', `not verbatim in ${ctx.source}: "${short(quote)}"${nearQuote(ctx.paragraphs, quote)}`);
      } else if (chosen === '') paragraph = places[0]!;
      else if (/^\d+$/.test(chosen) && places.includes(Number(chosen))) paragraph = Number(chosen);
      else
        at(
          'paragraph',
          `the quote stands in paragraph ${places.join(', ')} of ${ctx.source}, not in "${chosen}"`,
        );
    }
    const id = optional('id');
    if (id !== undefined && from && to && type) {
      const base = idBase(from.id, type, to.id, ctx.source);
      if (id !== base && !new RegExp(`^${escapeRegExp(base)}-[2-9][0-9]*$`).test(id)) {
        at(
          'id',
          `id "${id}" does not fit this row: it should be "${base}" or "${base}-2", …; empty the cell for a new id`,
        );
      } else if (ctx.known.ids.has(id)) at('id', `id "${id}" is already used at ${ctx.known.ids.get(id)}`);
      else if (seenIds.has(id)) at('id', `id "${id}" is given twice (also row ${seenIds.get(id)})`);
      else seenIds.set(id, r.row);
    }
    if (from && to && type && quote !== '') {
      const key = factKey(ctx.source, type, from.id, to.id, quote);
      const prior = ctx.known.facts.get(key);
      if (prior !== undefined)
        at('quote', `the same fact (${type}, same ends and quote) is already at ${prior}`);
      else if (seenFacts.has(key))
        at('quote', `the same fact as row ${seenFacts.get(key)} (${type}, same ends and quote)`);
      else seenFacts.set(key, r.row);
    }
    if (problems.length > before) continue;
    const attributedTo = optional('speaker');
    const role = optional('role');
    const override = optional('override');
    const note = optional('note');
    facts.push({
      row: r.row,
      ...(id === undefined ? {} : { id }),
      from: from!.id,
      type: type!,
      to: to!.id,
      quote,
      paragraph,
      stance: stance!,
      modality: modality!,
      credibility: credibility!,
      reliability: reliability!,
      ...(attributedTo === undefined ? {} : { attributedTo }),
      ...(validFrom === undefined ? {} : { validFrom }),
      ...(validTo === undefined ? {} : { validTo }),
      // `present` is the default tense (cypher/README.md), so the file leaves it out.
      ...(tense === undefined || tense === 'present' ? {} : { tense }),
      ...(role === undefined ? {} : { role }),
      ...(override === undefined ? {} : { override }),
      ...(note === undefined ? {} : { note }),
    });
  }
  return { facts, problems, skipped, columns };
}

/**
 * A bound from a period (`2015`, `2015-01`, `2015-01-26`: the first day for `from`, the last for
 * `to`) or, as the export writes it, a day with its precision column.
 */
function bound(
  text: string,
  precisionText: string,
  side: 'from' | 'to',
  at: (column: 'date' | 'precision', message: string) => void,
): DatedBound | undefined {
  if (text === '') {
    if (precisionText !== '') at('precision', 'a precision without a date');
    return undefined;
  }
  if (precisionText === '') {
    const period = parsePeriod(text);
    if (period === null) {
      at('date', `"${text}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (a real day)`);
      return undefined;
    }
    const precision: DatePrecision = /^\d{4}$/.test(text)
      ? 'year'
      : /^\d{4}-\d{2}$/.test(text)
        ? 'month'
        : 'day';
    return { date: side === 'from' ? period.from : period.to, precision };
  }
  const precision = DATE_PRECISIONS.find((p) => p === precisionText.toLowerCase());
  if (precision === undefined) {
    at('precision', `"${precisionText}" is not one of ${DATE_PRECISIONS.join(', ')}`);
    return undefined;
  }
  if (!parseIsoDay(text)) {
    at('date', `"${text}" is not a real day written YYYY-MM-DD (with a precision column, give the day)`);
    return undefined;
  }
  const fits = side === 'from' ? isPeriodStart(text, precision) : isPeriodEnd(text, precision);
  if (!fits) {
    at('date', `"${text}" is not the ${side === 'from' ? 'first' : 'last'} day of its ${precision}`);
    return undefined;
  }
  return { date: text, precision };
}

/** When the quote differs from the document only in quotes, dashes or case: what the document has. */
function nearQuote(paragraphs: readonly Paragraph[], quote: string): string {
  const fold = (s: string): string =>
    [...s]
      .map((c) => {
        if ('‘’ʼ′'.includes(c)) return "'";
        if ('“”″'.includes(c)) return '"';
        if ('‐‑‒–—−'.includes(c)) return '-';
        const lower = c.toLowerCase();
        return lower.length === c.length ? lower : c;
      })
      .join('');
  const folded = fold(quote);
  for (const p of paragraphs) {
    const text = normaliseWhitespace(p.text);
    const i = fold(text).indexOf(folded);
    if (i >= 0)
      return `; line ${p.number} has "${short(text.slice(i, i + folded.length))}" (quotes, dashes and case must match)`;
  }
  return '';
}

function short(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
