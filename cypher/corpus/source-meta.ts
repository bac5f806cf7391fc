// A corpus document's metadata (corpus/<id>.json) and its checks: every field the :Source node
// carries, with what is wrong and where when a file does not fit (corpus/README.md lists them).
import { DATE_PRECISIONS, SOURCE_KINDS, type DatePrecision, type SourceKind } from '../../core/model.ts';
import { isPeriodStart, parseIsoDay } from '../../core/dates.ts';

export interface SourceMeta {
  id: string;
  title: string;
  publisher?: string;
  date: string;
  datePrecision: DatePrecision;
  dateNote?: string;
  speakers: string[];
  kind: SourceKind;
  file: string;
  terms?: string;
}

export const SOURCE_ID = /^doc-\d+$/;
const FIELDS = [
  'id',
  'title',
  'publisher',
  'date',
  'datePrecision',
  'dateNote',
  'speakers',
  'kind',
  'file',
  'terms',
];

/** The metadata in `json`, or the list of what is wrong with it (each naming the field). */
export function parseSourceMeta(
  json: unknown,
): { ok: true; meta: SourceMeta } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problems: ['expected a JSON object'] };
  }
  const o = json as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!FIELDS.includes(key)) problems.push(`unknown field "${key}"`);
  const text = (key: string, required: boolean): string | undefined => {
    const v = o[key];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      problems.push(`"${key}" must be a non-empty string`);
      return undefined;
    }
    return v;
  };
  const id = text('id', true);
  if (id !== undefined && !SOURCE_ID.test(id))
    problems.push(`"id" must be doc-<number>, like doc-004 (got "${id}")`);
  const title = text('title', true);
  const publisher = text('publisher', false);
  const date = text('date', true);
  const precision = text('datePrecision', true);
  if (precision !== undefined && !(DATE_PRECISIONS as readonly string[]).includes(precision)) {
    problems.push(`"datePrecision" must be one of ${DATE_PRECISIONS.join(', ')} (got "${precision}")`);
  }
  if (date !== undefined) {
    if (!parseIsoDay(date)) problems.push(`"date" must be a real day written YYYY-MM-DD (got "${date}")`);
    else if (precision && (DATE_PRECISIONS as readonly string[]).includes(precision)) {
      if (!isPeriodStart(date, precision as DatePrecision)) {
        problems.push(`"date" must be the first day of its ${precision} (got "${date}")`);
      }
    }
  }
  const dateNote = text('dateNote', false);
  const speakers = o.speakers;
  if (!Array.isArray(speakers) || speakers.some((s) => typeof s !== 'string' || s.trim() === '')) {
    problems.push('"speakers" must be a list of names (it may be empty)');
  }
  const kind = text('kind', true);
  if (kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(kind)) {
    problems.push(`"kind" must be one of ${SOURCE_KINDS.join(', ')} (got "${kind}")`);
  }
  const file = text('file', true);
  if (file !== undefined && (!file.endsWith('.txt') || /[\\/]/.test(file))) {
    problems.push(`"file" must be a .txt file name in the corpus folder (got "${file}")`);
  }
  const terms = text('terms', false);
  if (problems.length > 0) return { ok: false, problems };
  const meta: SourceMeta = {
    id: id!,
    title: title!,
    ...(publisher === undefined ? {} : { publisher }),
    date: date!,
    datePrecision: precision as DatePrecision,
    ...(dateNote === undefined ? {} : { dateNote }),
    speakers: speakers as string[],
    kind: kind as SourceKind,
    file: file!,
    ...(terms === undefined ? {} : { terms }),
  };
  return { ok: true, meta };
}
