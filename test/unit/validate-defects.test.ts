// The validator fails on each kind of defect, naming file:line, and passes a valid tiny seed set.
import { describe, expect, it } from 'vitest';
import { findRuleWords } from '../../cypher/validate/check-wording.ts';
import { formatProblem } from '../../cypher/validate/problem.ts';
import { validateSeeds } from '../../cypher/validate/validate-seeds.ts';
import { AXES, CLASH, GROUPS, withFacts, writeFixture } from './validate-fixtures.ts';

async function problemsFor(extra: string): Promise<string[]> {
  return (await validateSeeds(await withFacts(extra))).map(formatProblem);
}

const rel = (type: string, props: string, from = 'alpha', to = 'beta'): string =>
  `MATCH (a:Entity {id: '${from}'}), (b:Entity {id: '${to}'})\nCREATE (a)-[:${type} {${props}}]->(b);`;

const claim = (entity: string, props: string): string =>
  `MATCH (e:Entity {id: '${entity}'})\nCREATE (e)-[:HAS_CLAIM]->(:Claim {${props}});`;

const PROV = `source: 'doc-1', quote: 'The Alpha Front fought the Beta Army', ${AXES}`;

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
        `id: 'alpha--operates-in--gamma--doc-1', source: 'doc-1', quote: 'fought the   Beta\n Army near Gamma City', paragraph: 1, stance: 'asserted', modality: 'actual', credibility: 'alleged', reliability: 'C'`,
        'alpha',
        'gamma',
      ),
      // Curly quotes must stand as in the document.
      claim(
        'alpha',
        `id: 'c2', property: 'killed', valueText: 'many', unit: 'people', refersTo: 'x', source: 'doc-1', quote: 'It’s “quoted” here.', ${AXES}`,
      ),
    ].join('\n');
    expect(await problemsFor(extra)).toEqual([]);
  });

  it('reports a relationship without source or one of the four axes', async () => {
    const out = await problemsFor(
      `// a comment line\n${rel('CLASHED_WITH', "id: 'r1', quote: 'The Alpha Front', stance: 'asserted'")}`,
    );
    expect(out).toContain(
      'seed/20-facts.cypher:2: CLASHED_WITH relationship without source (got missing); every fact needs id, source, quote, stance, modality, credibility, reliability',
    );
    for (const key of ['modality', 'credibility', 'reliability']) {
      expect(
        out.some((p) => p.startsWith(`seed/20-facts.cypher:2: CLASHED_WITH relationship without ${key}`)),
      ).toBe(true);
    }
    expect(out.some((p) => p.includes('without stance'))).toBe(false);
  });

  it('reports a claim without quote', async () => {
    const out = await problemsFor(
      claim(
        'alpha',
        `id: 'c1', property: 'fighters', value: 1, unit: 'fighters', refersTo: 'x', source: 'doc-1', ${AXES}`,
      ),
    );
    expect(out.some((p) => p.startsWith('seed/20-facts.cypher:1: claim without quote'))).toBe(true);
  });

  it('reports a source id that is not a :Source', async () => {
    const out = await problemsFor(
      rel('CLASHED_WITH', `id: 'r1', source: 'doc-9', quote: 'x', ${AXES}`) +
        '\n' +
        rel('CLASHED_WITH', `id: 'r2', source: 'gamma', quote: 'x', ${AXES}`),
    );
    expect(out).toContain('seed/20-facts.cypher:1: source "doc-9" is not the id of any :Source');
    expect(out).toContain('seed/20-facts.cypher:3: source "gamma" is a :Entity:Place, not a :Source');
  });

  it('reports a quote that is not verbatim in the document', async () => {
    const out = await problemsFor(
      rel(
        'CLASHED_WITH',
        `id: 'r1', source: 'doc-1', quote: 'The Alpha Front fought the Beta army', ${AXES}`,
      ) +
        '\n' +
        rel('CLASHED_WITH', `id: 'r2', source: 'doc-1', quote: 'It\\'s "quoted" here.', ${AXES}`),
    );
    expect(out).toContain(
      'seed/20-facts.cypher:1: quote does not appear verbatim in doc1.txt (source doc-1): "The Alpha Front fought the Beta army"',
    );
    // Straight quotes where the document has curly ones do not match.
    expect(out.some((p) => p.startsWith('seed/20-facts.cypher:3: quote does not appear verbatim'))).toBe(
      true,
    );
  });

  it('reports unknown relationship types, labels, categories, axis words and claim properties', async () => {
    const out = await problemsFor(
      [
        rel('FRIENDS_WITH', `id: 'r1', ${PROV}`),
        `CREATE (:Entity:Person {id: 'p', name: 'P', aliases: ['P']});`,
        `CREATE (:Entity:Group {id: 'q', name: 'Q', aliases: ['Q'], category: 'gang'});`,
        rel(
          'CLASHED_WITH',
          "id: 'r2', source: 'doc-1', quote: 'The Alpha Front', stance: 'certain', modality: 'actual', credibility: 'confirmed', reliability: 'Z', tense: 'future'",
        ),
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
    expect(out).toContain(
      'seed/20-facts.cypher:5: unknown stance "certain" (allowed: asserted, denied, unclear)',
    );
    expect(out).toContain(
      'seed/20-facts.cypher:5: unknown credibility "confirmed" (allowed: reported, estimated, alleged, suspected)',
    );
    expect(out).toContain('seed/20-facts.cypher:5: unknown reliability "Z" (allowed: A, B, C, D, E, F)');
    expect(out).toContain('seed/20-facts.cypher:5: unknown tense "future" (allowed: present, past)');
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

describe('the new model', () => {
  it('names confidence as gone and says what replaced it', async () => {
    const out = await problemsFor(
      rel('CLASHED_WITH', `id: 'alpha--clashed-with--beta--doc-1', ${PROV}, confidence: 'reported'`),
    );
    expect(out).toEqual([
      'seed/20-facts.cypher:1: unknown relationship property "confidence": the one confidence word is gone; stance, modality, credibility and reliability replaced it (cypher/README.md)',
    ]);
  });

  it('rejects the derived time properties in a seed file', async () => {
    const out = await problemsFor(
      claim(
        'alpha',
        `id: 'c1', property: 'fighters', value: 10, unit: 'fighters', refersTo: 'fighters', ${PROV}, knownFrom: date('2020-01-01')`,
      ),
    );
    expect(out).toContain(
      'seed/20-facts.cypher:1: knownFrom is derived at load (core/time.ts) and never written in a seed file',
    );
  });

  it('wants one reliability letter per speaker within a document, naming both lines', async () => {
    const quote =
      "source: 'doc-1', quote: 'The Alpha Front fought the Beta Army', paragraph: 1, stance: 'asserted', modality: 'actual', credibility: 'reported'";
    const out = await problemsFor(
      [
        rel(
          'CLASHED_WITH',
          `id: 'alpha--clashed-with--beta--doc-1', ${quote}, reliability: 'B', attributedTo: 'X'`,
        ),
        rel(
          'CLASHED_WITH',
          `id: 'alpha--clashed-with--beta--doc-1-2', ${quote}, reliability: 'F', attributedTo: 'X'`,
        ),
        // Another speaker, or the document's own voice, may have another letter.
        rel('CLASHED_WITH', `id: 'alpha--clashed-with--beta--doc-1-3', ${quote}, reliability: 'C'`),
      ].join('\n'),
    );
    expect(out).toEqual([
      'seed/20-facts.cypher:3: reliability F for "X" in doc-1, but seed/20-facts.cypher:1 gives B; one speaker has one letter within one document',
    ]);
  });

  it('wants an attribute claim in words: valueText, no unit and no value', async () => {
    const ok = claim(
      'alpha',
      `id: 'c1', property: 'attack-method', valueText: 'gunmen', refersTo: 'how', ${PROV}`,
    );
    expect(await problemsFor(ok)).toEqual([]);
    const out = await problemsFor(
      claim('alpha', `id: 'c2', property: 'funding-method', value: 3, unit: 'USD', ${PROV}`),
    );
    expect(out).toEqual([
      'seed/20-facts.cypher:1: a funding-method claim is words and has no unit',
      'seed/20-facts.cypher:1: a funding-method claim is words: valueText, not value',
      'seed/20-facts.cypher:1: a funding-method claim needs valueText (the attribute in words)',
    ]);
  });

  it('accepts the new relationship types only between the labels core/model.ts gives them', async () => {
    const counters = rel('COUNTERS', `id: 'alpha--counters--beta--doc-1', ${PROV}`);
    const claims = rel(
      'CLAIMS_TERRITORY',
      `id: 'alpha--claims-territory--gamma--doc-1', ${PROV}`,
      'alpha',
      'gamma',
    );
    expect(await problemsFor([counters, claims].join('\n'))).toEqual([]);
    expect(
      await problemsFor(rel('COUNTERS', `id: 'alpha--counters--gamma--doc-1', ${PROV}`, 'alpha', 'gamma')),
    ).toEqual([
      'seed/20-facts.cypher:1: COUNTERS end "gamma" is :Entity:Place, but COUNTERS goes from Group to Group',
    ]);
  });
});

describe('wording rules', () => {
  const DELTA = `CREATE (:Entity:Place {id: 'delta', name: 'Delta Region', aliases: ['Delta Region'], category: 'region'});`;
  /** One fact per rule whose quote holds the rule's words, with `extra` properties. */
  const cases = {
    'intent-words': {
      fact: (extra: string) =>
        rel(
          'TARGETED',
          `id: 'alpha--targeted--gamma--doc-1', source: 'doc-1', quote: 'The Alpha Front will attack Gamma City.', ${AXES}${extra}`,
          'alpha',
          'gamma',
        ),
      message: `intent-words: "will" in the quote of a fact with modality 'actual'`,
    },
    'denial-words': {
      fact: (extra: string) =>
        rel(
          'COOPERATED_WITH',
          `id: 'beta--cooperated-with--alpha--doc-1', source: 'doc-1', quote: 'The Beta Army is   NOT an ally of the Alpha Front.', ${AXES}${extra}`,
          'beta',
          'alpha',
        ),
      message: `denial-words: "NOT" in the quote of an 'asserted' fact`,
    },
    'parts-of': {
      fact: (extra: string) =>
        `${DELTA}\n` +
        rel(
          'PART_OF',
          `id: 'gamma--part-of--delta--doc-1', source: 'doc-1', quote: 'Parts of Gamma City lie in the Delta Region.', ${AXES}${extra}`,
          'gamma',
          'delta',
        ),
      message: 'parts-of: "Parts of" in the quote of a PART_OF',
    },
    former: {
      fact: (extra: string) =>
        rel(
          'OPERATES_IN',
          `id: 'alpha--operates-in--gamma--doc-1', source: 'doc-1', quote: 'The Alpha Front used to hold Gamma City.', ${AXES}${extra}`,
          'alpha',
          'gamma',
        ),
      message: 'former: "used to" in the quote of a present-tense fact',
    },
  };
  const line = (name: string): number => (name === 'parts-of' ? 2 : 1);

  for (const [name, { fact, message }] of Object.entries(cases)) {
    it(`${name} fires without an override, naming the words`, async () => {
      const out = await problemsFor(fact(''));
      expect(out).toHaveLength(1);
      expect(out[0]).toContain(`seed/20-facts.cypher:${line(name)}: ${message}`);
    });

    it(`${name} is silent with an override that gives a reason`, async () => {
      expect(
        await problemsFor(fact(`, override: '${name}: the words belong to another clause here'`)),
      ).toEqual([]);
    });

    it(`${name}: an override with an unknown rule or an empty reason is an error`, async () => {
      const unknown = await problemsFor(fact(`, override: 'wording: the words belong to another clause'`));
      expect(unknown).toContain(
        `seed/20-facts.cypher:${line(name)}: override names unknown rule "wording" (rules: intent-words, denial-words, parts-of, former)`,
      );
      expect(unknown.some((p) => p.includes(message))).toBe(true);
      const empty = await problemsFor(fact(`, override: '${name}: '`));
      expect(empty).toContain(
        `seed/20-facts.cypher:${line(name)}: override for ${name} needs a reason of at least 3 words (got "")`,
      );
    });
  }

  it('does not fire where the fact already says what the words say', async () => {
    const out = await problemsFor(
      [
        cases['intent-words'].fact('').replace("modality: 'actual'", "modality: 'intended'"),
        cases['denial-words'].fact('').replace("stance: 'asserted'", "stance: 'denied'"),
        cases.former.fact(", tense: 'past'"),
      ].join('\n'),
    );
    expect(out).toEqual([]);
  });

  it('matches whole words, in any case, across collapsed whitespace', () => {
    expect(findRuleWords('denial-words', 'another notion; Nothing denied')).toEqual(['denied']);
    expect(findRuleWords('intent-words', 'the willingness it Will show')).toEqual(['Will']);
    expect(findRuleWords('intent-words', 'it aims\n  to hold; its aim toward')).toEqual(['aims to']);
    expect(findRuleWords('former', 'formerly used to; a Former; unused tone')).toEqual([
      'formerly',
      'used to',
      'Former',
    ]);
  });

  it('reports an override that silences nothing', async () => {
    const out = await problemsFor(
      rel(
        'CLASHED_WITH',
        `id: 'alpha--clashed-with--beta--doc-1', ${PROV}, override: 'former: no former words in this quote'`,
      ),
    );
    expect(out).toEqual([
      'seed/20-facts.cypher:1: override for former, but the rule finds nothing to silence here',
    ]);
  });
});

describe('the corpus as the sources', () => {
  it('refuses a :Source created in a seed file', async () => {
    const out = await problemsFor(
      "CREATE (:Source {id: 'doc-2', title: 'T', date: date('2021-08-27'), datePrecision: 'day', file: 'doc1.txt', kind: 'article'});",
    );
    expect(out).toEqual([
      'seed/20-facts.cypher:1: a :Source in a seed file: documents live in corpus/<id>.json with their text (npm run add-source)',
    ]);
  });

  it('wants the paragraph the quote stands in, and says where it stands', async () => {
    const fact = (paragraph: string) =>
      rel(
        'CLASHED_WITH',
        `id: 'alpha--clashed-with--beta--doc-1', source: 'doc-1', quote: 'The Alpha Front fought the Beta Army', ${paragraph}stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'`,
      );
    expect(await problemsFor(fact(''))).toEqual([
      'seed/20-facts.cypher:1: fact without paragraph: its quote stands in paragraph 1 of doc-1 (add paragraph: 1)',
    ]);
    expect(await problemsFor(fact('paragraph: 3, '))).toEqual([
      'seed/20-facts.cypher:1: the quote stands in paragraph 1 of doc-1, not in paragraph 3',
    ]);
    expect(await problemsFor(fact("paragraph: 'one', "))).toEqual([
      'seed/20-facts.cypher:1: paragraph must be a whole number (got "one")',
    ]);
  });
});
