// The validator fails on each kind of defect, naming file:line, and passes a valid tiny seed set.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../cypher/validate/problem.ts';
import { validateSeeds } from '../../cypher/validate/validate-seeds.ts';
import { CLASH, GROUPS, SOURCE, withFacts, writeFixture } from './validate-fixtures.ts';

async function problemsFor(extra: string): Promise<string[]> {
  return (await validateSeeds(await withFacts(extra))).map(formatProblem);
}

const rel = (type: string, props: string, from = 'alpha', to = 'beta'): string =>
  `MATCH (a:Entity {id: '${from}'}), (b:Entity {id: '${to}'})\nCREATE (a)-[:${type} {${props}}]->(b);`;

const claim = (entity: string, props: string): string =>
  `MATCH (e:Entity {id: '${entity}'})\nCREATE (e)-[:HAS_CLAIM]->(:Claim {${props}});`;

const PROV = "source: 'doc-1', quote: 'The Alpha Front fought the Beta Army', confidence: 'reported'";

describe('validateSeeds on a tiny seed set', () => {
  it('passes a valid set with a relationship and claims', async () => {
    const extra = [
      CLASH,
      claim(
        'alpha',
        `id: 'c1', property: 'fighters', value: 10, qualifier: 'about', unit: 'fighters', refersTo: 'fighters', ${PROV}`,
      ),
      // A quote that differs from the document only in whitespace runs is verbatim.
      rel(
        'OPERATES_IN',
        `id: 'alpha--operates-in--gamma--doc-1', source: 'doc-1', quote: 'fought the   Beta\n Army near Gamma City', confidence: 'alleged'`,
        'alpha',
        'gamma',
      ),
      // Curly quotes must stand as in the document.
      claim(
        'alpha',
        `id: 'c2', property: 'killed', valueText: 'many', unit: 'people', refersTo: 'x', source: 'doc-1', quote: 'It’s “quoted” here.', confidence: 'reported'`,
      ),
    ].join('\n');
    expect(await problemsFor(extra)).toEqual([]);
  });

  it('reports a relationship without source, quote or confidence', async () => {
    const out = await problemsFor(
      `// a comment line\n${rel('CLASHED_WITH', "id: 'r1', quote: 'The Alpha Front'")}`,
    );
    expect(out).toContain(
      'seed/20-facts.cypher:2: CLASHED_WITH relationship without source (got missing); every fact needs id, source, quote and confidence',
    );
    expect(
      out.some((p) => p.startsWith('seed/20-facts.cypher:2: CLASHED_WITH relationship without confidence')),
    ).toBe(true);
  });

  it('reports a claim without quote', async () => {
    const out = await problemsFor(
      claim(
        'alpha',
        "id: 'c1', property: 'fighters', value: 1, unit: 'fighters', refersTo: 'x', source: 'doc-1', confidence: 'reported'",
      ),
    );
    expect(out.some((p) => p.startsWith('seed/20-facts.cypher:1: claim without quote'))).toBe(true);
  });

  it('reports a source id that is not a :Source', async () => {
    const out = await problemsFor(
      rel('CLASHED_WITH', "id: 'r1', source: 'doc-9', quote: 'x', confidence: 'reported'") +
        '\n' +
        rel('CLASHED_WITH', "id: 'r2', source: 'gamma', quote: 'x', confidence: 'reported'"),
    );
    expect(out).toContain('seed/20-facts.cypher:1: source "doc-9" is not the id of any :Source');
    expect(out).toContain('seed/20-facts.cypher:3: source "gamma" is a :Entity:Place, not a :Source');
  });

  it('reports a quote that is not verbatim in the document', async () => {
    const out = await problemsFor(
      rel(
        'CLASHED_WITH',
        "id: 'r1', source: 'doc-1', quote: 'The Alpha Front fought the Beta army', confidence: 'reported'",
      ) +
        '\n' +
        rel(
          'CLASHED_WITH',
          "id: 'r2', source: 'doc-1', quote: 'It\\'s \"quoted\" here.', confidence: 'reported'",
        ),
    );
    expect(out).toContain(
      'seed/20-facts.cypher:1: quote does not appear verbatim in doc1.txt (source doc-1): "The Alpha Front fought the Beta army"',
    );
    // Straight quotes where the document has curly ones do not match.
    expect(out.some((p) => p.startsWith('seed/20-facts.cypher:3: quote does not appear verbatim'))).toBe(
      true,
    );
  });

  it('reports unknown relationship types, labels, categories, confidences and claim properties', async () => {
    const out = await problemsFor(
      [
        rel('FRIENDS_WITH', `id: 'r1', ${PROV}`),
        `CREATE (:Entity:Person {id: 'p', name: 'P', aliases: ['P']});`,
        `CREATE (:Entity:Group {id: 'q', name: 'Q', aliases: ['Q'], category: 'gang'});`,
        rel('CLASHED_WITH', "id: 'r2', source: 'doc-1', quote: 'The Alpha Front', confidence: 'certain'"),
        claim('alpha', `id: 'c1', property: 'tanks', value: 3, unit: 'tanks', refersTo: 'x', ${PROV}`),
        rel('CLASHED_WITH', `id: 'r3', qoute: 'typo', ${PROV}`),
      ].join('\n'),
    );
    expect(
      out.some((p) => p.startsWith('seed/20-facts.cypher:1: unknown relationship type FRIENDS_WITH')),
    ).toBe(true);
    expect(
      out.some((p) => p.startsWith('seed/20-facts.cypher:3: unknown label combination :Entity:Person')),
    ).toBe(true);
    expect(out.some((p) => p.startsWith('seed/20-facts.cypher:4: unknown Group category "gang"'))).toBe(true);
    expect(out.some((p) => p.startsWith('seed/20-facts.cypher:5: unknown confidence "certain"'))).toBe(true);
    expect(out.some((p) => p.startsWith('seed/20-facts.cypher:7: unknown claim property "tanks"'))).toBe(
      true,
    );
    expect(
      out.some((p) => p.startsWith('seed/20-facts.cypher:9: unknown relationship property "qoute"')),
    ).toBe(true);
  });

  it('reports a relationship whose endpoint labels do not fit its type', async () => {
    const out = await problemsFor(
      rel('OCCURRED_IN', `id: 'alpha--occurred-in--gamma--doc-1', ${PROV}`, 'alpha', 'gamma'),
    );
    expect(out).toEqual([
      'seed/20-facts.cypher:1: OCCURRED_IN start "alpha" is :Entity:Group, but OCCURRED_IN goes from Event to Place',
    ]);
  });

  it('reports a dangling id and an id created only later', async () => {
    const out = await problemsFor(
      rel('CLASHED_WITH', `id: 'alpha--clashed-with--delta--doc-1', ${PROV}`, 'alpha', 'delta'),
    );
    expect(out).toEqual([
      'seed/20-facts.cypher:1: dangling id "delta": MATCH names an id that no CREATE defines',
    ]);
    const later = await validateSeeds(
      await writeFixture({
        '00-sources.cypher': SOURCE,
        '10-facts.cypher': CLASH,
        '20-entities.cypher': GROUPS,
      }),
    );
    expect(later.map(formatProblem)).toContain(
      'seed/10-facts.cypher:1: "alpha" is created only later (seed/20-entities.cypher:1); seed files load in file-name order',
    );
  });

  it('reports a duplicate id across nodes, relationships and claims', async () => {
    const out = await problemsFor(
      [
        `CREATE (:Entity:Group {id: 'alpha', name: 'A2', aliases: ['A2'], category: 'militant-group'});`,
        rel('CLASHED_WITH', `id: 'beta', ${PROV}`),
      ].join('\n'),
    );
    expect(out).toContain(
      'seed/20-facts.cypher:1: duplicate id "alpha" (first defined at seed/10-entities.cypher:1)',
    );
    expect(out).toContain(
      'seed/20-facts.cypher:2: duplicate id "beta" (first defined at seed/10-entities.cypher:2)',
    );
  });

  it('reports malformed and impossible dates and precisions', async () => {
    const out = await problemsFor(
      [
        rel('CLASHED_WITH', `id: 'r1', ${PROV}, validFrom: date('2021-02-30'), validFromPrecision: 'day'`),
        rel('CLASHED_WITH', `id: 'r2', ${PROV}, validFrom: date('2021-8-1'), validFromPrecision: 'day'`),
        rel('CLASHED_WITH', `id: 'r3', ${PROV}, validFrom: date('2021-08-01'), validFromPrecision: 'week'`),
        rel('CLASHED_WITH', `id: 'r4', ${PROV}, validFrom: date('2021-08-01')`),
        rel('CLASHED_WITH', `id: 'r5', ${PROV}, validTo: date('2020-12-01'), validToPrecision: 'year'`),
        rel('CLASHED_WITH', `id: 'r6', ${PROV}, validFrom: '2020-01-01', validFromPrecision: 'year'`),
      ].join('\n'),
    );
    expect(out).toContain(
      "seed/20-facts.cypher:1: malformed date date('2021-02-30') in validFrom (need a real day, YYYY-MM-DD)",
    );
    expect(out).toContain(
      "seed/20-facts.cypher:3: malformed date date('2021-8-1') in validFrom (need a real day, YYYY-MM-DD)",
    );
    expect(out).toContain(
      'seed/20-facts.cypher:5: malformed precision "week" in validFromPrecision (allowed: day, month, year)',
    );
    expect(out).toContain('seed/20-facts.cypher:7: validFrom needs validFromPrecision (day, month, year)');
    expect(out).toContain(
      "seed/20-facts.cypher:9: validTo date('2020-12-01') with precision year must be date('2020-12-31') (the last day of the year)",
    );
    expect(out).toContain(`seed/20-facts.cypher:11: validFrom must be date('YYYY-MM-DD'), not "2020-01-01"`);
  });

  it('reports an entity date without a matching claim', async () => {
    const event = `CREATE (:Entity:Event {id: 'ev', name: 'Ev', aliases: ['Ev'], category: 'attack', validFrom: date('2020-05-01'), validFromPrecision: 'month'});`;
    expect(await problemsFor(event)).toEqual([
      `seed/20-facts.cypher:1: entity date validFrom date('2020-05-01') ("month") has no matching :Claim {property: 'validFrom'} on "ev"`,
    ]);
    const wrongPrecision = claim(
      'ev',
      `id: 'c1', property: 'validFrom', valueDate: date('2020-01-01'), valuePrecision: 'year', ${PROV}`,
    );
    expect(await problemsFor(`${event}\n${wrongPrecision}`)).toEqual([
      `seed/20-facts.cypher:1: entity date validFrom date('2020-05-01') ("month") has no matching :Claim {property: 'validFrom'} on "ev" (claims give date('2020-01-01')/"year")`,
    ]);
    const matching = claim(
      'ev',
      `id: 'c1', property: 'validFrom', valueDate: date('2020-05-01'), valuePrecision: 'month', ${PROV}`,
    );
    expect(await problemsFor(`${event}\n${matching}`)).toEqual([]);
  });

  it('reports a relationship id that does not follow the naming rule', async () => {
    const ok = `alpha--clashed-with--beta--doc-1`;
    expect(await problemsFor([CLASH, rel('CLASHED_WITH', `id: '${ok}-2', ${PROV}`)].join('\n'))).toEqual([]);
    expect(await problemsFor(rel('CLASHED_WITH', `id: 'beta--clashed-with--alpha--doc-1', ${PROV}`))).toEqual(
      [
        `seed/20-facts.cypher:1: relationship id "beta--clashed-with--alpha--doc-1" should be "${ok}" (or "${ok}-2", …)`,
      ],
    );
  });

  it('reports a statement outside the four forms', async () => {
    const out = await problemsFor(
      [
        `MATCH (n) DETACH DELETE n;`,
        `MERGE (:Entity:Group {id: 'x'});`,
        `MATCH (a:Entity {id: 'alpha'}), (b:Entity {id: 'beta'})\nCREATE (a)<-[:CLASHED_WITH {id: 'r'}]-(b);`,
        `CREATE (:Entity:Group {id: 'y', name: 'Y', aliases: ['Y'], category: 'state'}) RETURN 1;`,
      ].join('\n'),
    );
    expect(out[0]).toMatch(/^seed\/20-facts\.cypher:1: each MATCH pattern must be/);
    expect(out[1]).toMatch(
      /^seed\/20-facts\.cypher:2: statement outside the seed forms \(starts with "MERGE"\)/,
    );
    expect(out[2]).toMatch(/^seed\/20-facts\.cypher:3: relationships are written left to right/);
    expect(out[3]).toMatch(/^seed\/20-facts\.cypher:5: unexpected "RETURN" after the end of the seed form/);
  });

  it('reports an unterminated string with its line', async () => {
    const out = await problemsFor(`CLASH;\n\nCREATE (:Entity:Group {id: 'open});`);
    expect(out).toContain("seed/20-facts.cypher:3: unterminated string literal (opened with ')");
  });
});

describe('aliases', () => {
  it('reports an alias that no document uses, but not the editorial name', async () => {
    const out = (
      await validateSeeds(
        await withFacts(
          `CREATE (:Entity:Group {id: 'x', name: 'Editorial Name', aliases: ['Editorial Name', 'Beta Army', 'Invented'], category: 'state'});`,
        ),
      )
    ).map(formatProblem);
    expect(out).toEqual([
      'seed/20-facts.cypher:1: alias "Invented" appears in no document; aliases are the names the documents use',
    ]);
  });
});
