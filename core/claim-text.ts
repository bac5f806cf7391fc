// A claim as text: the figure in the document's own precision and words ("at least 60 people",
// "$300,000,000 per year", "Jan 2015", "suicide attack") and with what it counts. The one home of
// that wording for the API's `display`, the exports' labels and the viewer's details panel.
import { formatDate } from './dates.ts';
import type { DatePrecision } from './model.ts';

/** The parts of a claim that say its figure; rows, API objects and export properties all have them. */
export interface ClaimFigure {
  property?: string | null;
  value?: number | null;
  valueDate?: string | null;
  valuePrecision?: string | null;
  valueText?: string | null;
  qualifier?: string | null;
  unit?: string | null;
  refersTo?: string | null;
}

const words = (parts: readonly (string | null | undefined)[]) => parts.filter(Boolean).join(' ');

/**
 * The figure alone: a date as precise as given; the document's words first when it has them, with
 * the number after ("at least a dozen (12) people"); else qualifier, number and unit, USD as "$".
 */
export function claimFigure(c: ClaimFigure): string {
  if (c.valueDate) return formatDate(c.valueDate, (c.valuePrecision ?? 'day') as DatePrecision);
  const usd = c.unit?.startsWith('USD') ?? false;
  const unit = usd ? (c.unit ?? '').replace(/^USD ?/, '') : (c.unit ?? '');
  const n =
    c.value === null || c.value === undefined ? null : `${usd ? '$' : ''}${c.value.toLocaleString('en-US')}`;
  if (c.valueText) return words([c.valueText, n ? `(${n})` : null, unit]);
  return words([c.qualifier, n ?? '?', unit]);
}

/** The figure and what it counts: "at least 60 people (people killed)". */
export function claimText(c: ClaimFigure): string {
  const figure = claimFigure(c);
  return c.refersTo ? `${figure} (${c.refersTo})` : figure;
}

/** The property, then the figure, for tools that show one label per node: "killed: at least 60 people". */
export function claimLabel(c: ClaimFigure): string {
  return c.property ? `${c.property}: ${claimFigure(c)}` : claimFigure(c);
}
