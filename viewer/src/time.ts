// Dates with precision, as the graph model keeps them: a period ("2014", "2021-08", "2021-08-26")
// and whether an element's time bounds overlap it. Pure, so the time slider's rule is unit-tested.
import type { DatePrecision } from '../../core/model.ts';

export interface Period {
  /** First day, ISO `YYYY-MM-DD`. */
  from: string;
  /** Last day, ISO `YYYY-MM-DD`. */
  to: string;
}

export interface TimeBounded {
  validFrom?: string | null;
  validTo?: string | null;
}

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

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

/**
 * True when the element existed at some time in the period. Missing bounds are open: an entity
 * without dates exists at every date (cypher/README.md). ISO dates compare as strings.
 */
export function overlaps(el: TimeBounded, period: Period): boolean {
  if (el.validFrom && el.validFrom > period.to) return false;
  if (el.validTo && el.validTo < period.from) return false;
  return true;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date shown as precisely as the source gives it: "2015", "January 2015", "26 Aug 2021". */
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
