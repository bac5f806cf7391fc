// Dates with a precision, as the graph model keeps them (cypher/README.md): a period is the
// first and last day that a year, a month or a day names. The one home of that rule for the
// validator, the API's date arguments, the export's scope, the viewer's slider and honest time.
import type { DatePrecision } from './model.ts';

export interface Period {
  /** First day, ISO `YYYY-MM-DD`. */
  from: string;
  /** Last day, ISO `YYYY-MM-DD`. */
  to: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `{y, m, d}` of a real calendar day written `YYYY-MM-DD` (2021-02-30 is not one), else undefined. */
export function parseIsoDay(text: string): { y: number; m: number; d: number } | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

/** "2014" → all of 2014; "2021-08" → August 2021; "2021-08-26" → that day. Null when malformed. */
export function parsePeriod(text: string): Period | null {
  const m = PERIOD.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(last)}` };
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return { from: text.trim(), to: text.trim() };
}

/** The period a stored date names at its precision: `2015-01-01` + `year` → all of 2015. */
export function periodOf(isoDay: string, precision: DatePrecision): Period {
  const [y, m] = isoDay.split('-');
  if (precision === 'year') return { from: `${y}-01-01`, to: `${y}-12-31` };
  if (precision === 'month') {
    return { from: `${y}-${m}-01`, to: `${y}-${m}-${pad(daysInMonth(Number(y), Number(m)))}` };
  }
  return { from: isoDay, to: isoDay };
}

/** True when `isoDay` is the first day of the period its precision names (a validFrom's rule). */
export function isPeriodStart(isoDay: string, precision: DatePrecision): boolean {
  return periodOf(isoDay, precision).from === isoDay;
}

/** True when `isoDay` is the last day of the period its precision names (a validTo's rule). */
export function isPeriodEnd(isoDay: string, precision: DatePrecision): boolean {
  return periodOf(isoDay, precision).to === isoDay;
}

/** A span with open ends where a bound is null. ISO days compare as strings. */
export interface Span {
  from: string | null;
  to: string | null;
}

/** True when the span and the period share at least one day (null bounds are open). */
export function spanOverlaps(span: Span, period: Period): boolean {
  if (span.from !== null && span.from > period.to) return false;
  if (span.to !== null && span.to < period.from) return false;
  return true;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date shown as precisely as the source gives it: "2015", "Jan 2015", "26 Aug 2021". */
export function formatDate(iso: string | null | undefined, precision?: DatePrecision | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  const monthName = MONTHS[Number(m) - 1] ?? m;
  if (precision === 'year') return y ?? iso;
  if (precision === 'month') return `${monthName} ${y}`;
  return `${Number(d)} ${monthName} ${y}`;
}

/** "Jan 2015 – 2020", "from 2015", "until Dec 2019", or "" without bounds. */
export function formatBounds(el: {
  validFrom?: string | null;
  validFromPrecision?: DatePrecision | null;
  validTo?: string | null;
  validToPrecision?: DatePrecision | null;
}): string {
  const from = formatDate(el.validFrom, el.validFromPrecision);
  const to = formatDate(el.validTo, el.validToPrecision);
  if (from && to) return from === to ? from : `${from} – ${to}`;
  if (from) return `from ${from}`;
  if (to) return `until ${to}`;
  return '';
}
