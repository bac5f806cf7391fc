// Parses one seed statement into one of the four seed forms of cypher/README.md (node, source,
// relationship, claim) with its property map as plain values, or says why it is none of them.
import { LexError, tokenize, type Token } from './lexer.ts';

/** A Cypher `date('YYYY-MM-DD')` literal; the text is checked by the date checks, not here. */
export class CypherDate {
  constructor(readonly text: string) {}
}

export type Value = string | number | boolean | null | CypherDate | Value[] | { [key: string]: Value };
export type Props = Record<string, Value>;

export interface NodeStatement {
  kind: 'node';
  labels: string[];
  props: Props;
}

export interface MatchedNode {
  labels: string[];
  id: string;
}

export interface RelationshipStatement {
  kind: 'relationship';
  type: string;
  start: MatchedNode;
  end: MatchedNode;
  props: Props;
}

export interface ClaimStatement {
  kind: 'claim';
  /** The relationship type used to hang the claim (must be HAS_CLAIM). */
  type: string;
  entity: MatchedNode;
  labels: string[];
  props: Props;
}

export type SeedStatement = NodeStatement | RelationshipStatement | ClaimStatement;

export class SeedParseError extends Error {}

const FORMS_HINT =
  'expected one of the four seed forms: CREATE (:Labels {…}) | MATCH (a:Entity {id: …}), (b:Entity {id: …}) ' +
  'CREATE (a)-[:TYPE {…}]->(b) | MATCH (e:Entity {id: …}) CREATE (e)-[:HAS_CLAIM]->(:Claim {…})';

export function parseSeedStatement(text: string): SeedStatement {
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch (err) {
    if (err instanceof LexError) throw new SeedParseError(err.message);
    throw err;
  }
  const p = new Parser(tokens);
  const first = p.peek();
  if (isKeyword(first, 'CREATE')) {
    p.next();
    const node = p.nodePattern();
    if (node.variable !== undefined)
      throw new SeedParseError('a CREATE node pattern must not bind a variable');
    p.end();
    return { kind: 'node', labels: node.labels, props: node.props ?? {} };
  }
  if (isKeyword(first, 'MATCH')) return p.matchCreate();
  throw new SeedParseError(
    `statement outside the seed forms (starts with ${describe(first)}); ${FORMS_HINT}`,
  );
}

interface NodePattern {
  variable?: string;
  labels: string[];
  props?: Props;
}

function isKeyword(t: Token | undefined, word: string): boolean {
  return t?.kind === 'ident' && t.value.toUpperCase() === word;
}

function describe(t: Token | undefined): string {
  if (t === undefined) return 'end of statement';
  if (t.kind === 'string') return `string ${JSON.stringify(t.value)}`;
  if (t.kind === 'number') return `number ${t.raw}`;
  return JSON.stringify(t.value);
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  next(): Token | undefined {
    return this.tokens[this.i++];
  }

  punct(value: string): void {
    const t = this.next();
    if (t?.kind !== 'punct' || t.value !== value) {
      throw new SeedParseError(`expected ${JSON.stringify(value)} but found ${describe(t)}`);
    }
  }

  isPunct(value: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.kind === 'punct' && t.value === value;
  }

  ident(what: string): string {
    const t = this.next();
    if (t?.kind !== 'ident') throw new SeedParseError(`expected ${what} but found ${describe(t)}`);
    return t.value;
  }

  end(): void {
    if (this.i < this.tokens.length) {
      throw new SeedParseError(`unexpected ${describe(this.peek())} after the end of the seed form`);
    }
  }

  nodePattern(): NodePattern {
    this.punct('(');
    const pattern: NodePattern = { labels: [] };
    if (this.peek()?.kind === 'ident') pattern.variable = this.ident('a variable');
    while (this.isPunct(':')) {
      this.next();
      pattern.labels.push(this.ident('a label'));
    }
    if (this.isPunct('{')) pattern.props = this.map();
    this.punct(')');
    return pattern;
  }

  matchCreate(): SeedStatement {
    this.next(); // MATCH
    const matched: NodePattern[] = [this.nodePattern()];
    while (this.isPunct(',')) {
      this.next();
      matched.push(this.nodePattern());
    }
    const byVariable = new Map<string, MatchedNode>();
    for (const m of matched) {
      const keys = Object.keys(m.props ?? {});
      const id = m.props?.id;
      if (m.variable === undefined || keys.length !== 1 || typeof id !== 'string' || m.labels.length === 0) {
        throw new SeedParseError("each MATCH pattern must be (variable:Label {id: '…'})");
      }
      if (byVariable.has(m.variable)) throw new SeedParseError(`variable ${m.variable} is matched twice`);
      byVariable.set(m.variable, { labels: m.labels, id });
    }
    const create = this.next();
    if (!isKeyword(create, 'CREATE')) {
      throw new SeedParseError(`expected CREATE after the MATCH patterns but found ${describe(create)}`);
    }
    const startPattern = this.nodePattern();
    const start = this.boundNode(startPattern, byVariable);
    if (this.isPunct('<'))
      throw new SeedParseError('relationships are written left to right: (a)-[:TYPE]->(b)');
    this.punct('-');
    this.punct('[');
    if (this.peek()?.kind === 'ident') throw new SeedParseError('a relationship must not bind a variable');
    this.punct(':');
    const type = this.ident('a relationship type');
    const props = this.isPunct('{') ? this.map() : undefined;
    this.punct(']');
    this.punct('-');
    this.punct('>');
    const endPattern = this.nodePattern();
    this.end();

    if (matched.length === 2) {
      const end = this.boundNode(endPattern, byVariable);
      if (start === end) throw new SeedParseError('a relationship must join the two matched nodes');
      return { kind: 'relationship', type, start, end, props: props ?? {} };
    }
    if (matched.length === 1) {
      if (endPattern.variable !== undefined) {
        throw new SeedParseError('a claim is created as a new node: (e)-[:HAS_CLAIM]->(:Claim {…})');
      }
      if (props !== undefined)
        throw new SeedParseError(`${type} carries no properties; put them on the claim`);
      return { kind: 'claim', type, entity: start, labels: endPattern.labels, props: endPattern.props ?? {} };
    }
    throw new SeedParseError(`MATCH one node (a claim) or two nodes (a relationship), not ${matched.length}`);
  }

  boundNode(pattern: NodePattern, byVariable: Map<string, MatchedNode>): MatchedNode {
    const bound = pattern.variable === undefined ? undefined : byVariable.get(pattern.variable);
    if (bound === undefined || pattern.labels.length > 0 || pattern.props !== undefined) {
      throw new SeedParseError('the CREATE pattern must refer to matched nodes by their variable only');
    }
    return bound;
  }

  map(): Props {
    this.punct('{');
    const out: Props = {};
    if (this.isPunct('}')) {
      this.next();
      return out;
    }
    for (;;) {
      const key = this.ident('a property name');
      if (Object.hasOwn(out, key)) throw new SeedParseError(`property ${key} is given twice`);
      this.punct(':');
      out[key] = this.value();
      const t = this.next();
      if (t?.kind === 'punct' && t.value === '}') return out;
      if (t?.kind !== 'punct' || t.value !== ',') {
        throw new SeedParseError(`expected "," or "}" in a map but found ${describe(t)}`);
      }
    }
  }

  value(): Value {
    const t = this.peek();
    if (t === undefined) throw new SeedParseError('expected a value but the statement ended');
    if (t.kind === 'string') {
      this.next();
      return t.value;
    }
    if (t.kind === 'number') {
      this.next();
      return t.value;
    }
    if (t.kind === 'punct' && t.value === '-') {
      this.next();
      const n = this.next();
      if (n?.kind !== 'number')
        throw new SeedParseError(`expected a number after "-" but found ${describe(n)}`);
      return -n.value;
    }
    if (t.kind === 'punct' && t.value === '[') return this.list();
    if (t.kind === 'punct' && t.value === '{') return this.map();
    if (t.kind === 'ident') {
      const word = t.value.toLowerCase();
      if (word === 'true' || word === 'false') {
        this.next();
        return word === 'true';
      }
      if (word === 'null') {
        this.next();
        return null;
      }
      if (word === 'date') {
        this.next();
        this.punct('(');
        const s = this.next();
        if (s?.kind !== 'string')
          throw new SeedParseError(`date() takes one string but found ${describe(s)}`);
        this.punct(')');
        return new CypherDate(s.value);
      }
    }
    throw new SeedParseError(`expected a literal value but found ${describe(t)}`);
  }

  list(): Value[] {
    this.punct('[');
    const out: Value[] = [];
    if (this.isPunct(']')) {
      this.next();
      return out;
    }
    for (;;) {
      out.push(this.value());
      const t = this.next();
      if (t?.kind === 'punct' && t.value === ']') return out;
      if (t?.kind !== 'punct' || t.value !== ',') {
        throw new SeedParseError(`expected "," or "]" in a list but found ${describe(t)}`);
      }
    }
  }
}
