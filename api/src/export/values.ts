// Conversions of stored property values (driver Integer, Date, floats, lists) into what each
// format writes: JSON values, text cells, typed GraphML/GEXF attributes and Cypher literals.
import neo4j from 'neo4j-driver';
import type { PropertyValue, Scalar } from './graph-types.ts';

export type ValueKind = 'string' | 'boolean' | 'int' | 'long' | 'double' | 'date' | 'list';

const INT32_MAX = 2 ** 31 - 1;

export function scalarKind(value: Scalar): Exclude<ValueKind, 'list'> {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'double';
  if (neo4j.isInt(value)) {
    const n = value.toNumber();
    return n > INT32_MAX || n < -INT32_MAX - 1 ? 'long' : 'int';
  }
  if (neo4j.isDate(value)) return 'date';
  return 'string';
}

/** The kind of a present value (callers skip null: a missing value has no kind). */
export function valueKind(value: Scalar | Scalar[]): ValueKind {
  return Array.isArray(value) ? 'list' : scalarKind(value);
}

/**
 * One attribute type for a column that may hold several kinds of value: int widens to long and to
 * double, anything else mixed becomes string; lists and dates are written as strings.
 */
export function columnKind(kinds: Iterable<ValueKind>): 'string' | 'boolean' | 'int' | 'long' | 'double' {
  const set = new Set(kinds);
  if (set.size === 0) return 'string';
  if ([...set].every((k) => k === 'boolean')) return 'boolean';
  if ([...set].every((k) => k === 'int')) return 'int';
  if ([...set].every((k) => k === 'int' || k === 'long')) return 'long';
  if ([...set].every((k) => k === 'int' || k === 'long' || k === 'double')) return 'double';
  return 'string';
}

/** JSON form: integers as numbers, dates as 'YYYY-MM-DD', lists as arrays, null as null. */
export function toJsonValue(
  value: PropertyValue,
): string | number | boolean | (string | number | boolean)[] | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((v) => toJsonScalar(v));
  return toJsonScalar(value);
}

function toJsonScalar(value: Scalar): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  return String(value); // neo4j Date → 'YYYY-MM-DD'
}

/** Text form for CSV cells and XML attributes: lists as a JSON array, dates as 'YYYY-MM-DD', null as ''. */
export function toText(value: PropertyValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return JSON.stringify(value.map((v) => toJsonScalar(v)));
  if (typeof value === 'number') return floatText(value);
  return String(toJsonScalar(value));
}

/** A float that still reads back as a float: 60 → '60.0'. */
export function floatText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

/** A Cypher string literal: single quotes, backslash escapes for quotes, backslashes and controls. */
export function cypherString(text: string): string {
  let out = "'";
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return out + "'";
}

/** A Cypher identifier (property key, label, type), backquoted unless plainly safe. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : '`' + name.replace(/`/g, '``') + '`';
}

function cypherScalar(value: Scalar): string {
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '0.0/0.0';
    if (!Number.isFinite(value)) return value > 0 ? '1.0/0.0' : '-1.0/0.0';
    return floatText(value);
  }
  if (neo4j.isInt(value)) return value.toString();
  if (neo4j.isDate(value)) return `date('${String(value)}')`;
  return cypherString(String(value));
}

export function cypherLiteral(value: PropertyValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => cypherScalar(v)).join(', ')}]`;
  return cypherScalar(value);
}

/** `{id: 'x', aliases: ['a', 'b']}` with keys in the given order; null values are left out, as Neo4j stores none. */
export function cypherMap(properties: Record<string, PropertyValue>, keys: readonly string[]): string {
  const parts = keys
    .filter((k) => properties[k] !== undefined && properties[k] !== null)
    .map((k) => `${cypherName(k)}: ${cypherLiteral(properties[k] as PropertyValue)}`);
  return `{${parts.join(', ')}}`;
}
