// source(id) { paragraphs, paragraph } against the shared seeded Neo4j and the project's corpus: a
// document's text page by page in both directions, every fact standing in a paragraph with its
// stance (Lieven's denial listed as a denial), and quote offsets that cut out exactly the quote.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../core/paragraphs.ts';
import type { App } from '../../api/src/app.ts';
import { CORPUS_DIR } from '../../cypher/paths.ts';
import { data, gql, useSharedTestApp, type Answer } from './api-harness.ts';

let app: App;
useSharedTestApp((shared) => ({ app } = shared));

const DENIAL = 'iskp--offshoot-of--islamic-state--doc-000';

const PAGE = /* GraphQL */ `
  query Page($id: ID!, $first: Int, $after: Int, $last: Int, $before: Int) {
    source(id: $id) {
      title
      paragraphs(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        hasNextPage
        hasPreviousPage
        items {
          number
          text
        }
      }
    }
  }
`;

const PARAGRAPH = /* GraphQL */ `
  query Paragraph($id: ID!, $number: Int!) {
    source(id: $id) {
      paragraph(number: $number) {
        number
        text
        facts {
          id
          quoteStart
          quoteEnd
          relationship {
            type
            from {
              name
            }
            to {
              name
            }
            quote
            paragraph
            stance
            modality
          }
          claim {
            property
            subject {
              name
            }
            quote
            stance
          }
        }
      }
    }
  }
`;

/** doc-000's paragraphs as the corpus file gives them (non-blank lines with their numbers). */
const doc000 = paragraphsOf(readFileSync(join(CORPUS_DIR, '000_d5be42afd2496388.txt'), 'utf8'));

describe('source(id) { paragraphs }', () => {
  it('pages through doc-000 forwards and backwards, every paragraph once, with its line number', async () => {
    const seen: Answer[] = [];
    let after: number | null = null;
    for (;;) {
      const page: Answer = (await data(app, PAGE, { id: 'doc-000', first: 2, after })).source.paragraphs;
      expect(page.totalCount).toBe(doc000.length);
      expect(page.hasPreviousPage).toBe(after !== null);
      seen.push(...page.items);
      if (!page.hasNextPage) break;
      after = page.items.at(-1).number;
    }
    expect(seen).toEqual(doc000.map((p) => ({ number: p.number, text: p.text })));

    const back: Answer = (await data(app, PAGE, { id: 'doc-000', last: 2, before: 5 })).source.paragraphs;
    expect(back.items.map((p: Answer) => p.number)).toEqual([1, 3]);
    expect(back).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it("lists Lieven's denial in paragraph 5 as DENIED, its offsets cutting out exactly the quote", async () => {
    const paragraph: Answer = (await data(app, PARAGRAPH, { id: 'doc-000', number: 5 })).source.paragraph;
    expect(paragraph.number).toBe(5);
    expect(paragraph.text).toBe(doc000.find((p) => p.number === 5)!.text);
    const denial = paragraph.facts.find((f: Answer) => f.id === DENIAL);
    expect(denial.relationship).toMatchObject({
      type: 'OFFSHOOT_OF',
      from: { name: expect.stringMatching(/ISKP|Khorasan/) },
      quote: 'So they’re not, in that sense, an offshoot of ISIS.',
      paragraph: 5,
      stance: 'DENIED',
      modality: 'ACTUAL',
    });
    expect(paragraph.text.slice(denial.quoteStart, denial.quoteEnd)).toBe(denial.relationship.quote);
    // Every fact of the paragraph stands in it, placed, in reading order.
    expect(paragraph.facts.length).toBeGreaterThan(1);
    for (const fact of paragraph.facts) {
      const quote = (fact.relationship ?? fact.claim).quote;
      expect(paragraph.text.slice(fact.quoteStart, fact.quoteEnd).replace(/\s+/g, ' ')).toBe(quote);
    }
    const starts = paragraph.facts.map((f: Answer) => f.quoteStart);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('lists every stance and modality: the same facts the document supports in that paragraph', async () => {
    const supports: Answer = (
      await data(
        app,
        `{ source(id: "doc-000") { supports { relationships { id paragraph } claims { id paragraph } } } }`,
      )
    ).source.supports;
    const inFive = [...supports.relationships, ...supports.claims]
      .filter((f: Answer) => f.paragraph === 5)
      .map((f: Answer) => f.id)
      .sort();
    const paragraph: Answer = (await data(app, PARAGRAPH, { id: 'doc-000', number: 5 })).source.paragraph;
    expect(paragraph.facts.map((f: Answer) => f.id).sort()).toEqual(inFive);
  });

  it('answers NOT_FOUND for an unknown source, a blank line and a paragraph past the end; BAD_USER_INPUT for a bad page', async () => {
    const unknown = await gql(app, PARAGRAPH, { id: 'doc-999', number: 1 });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const blank = await gql(app, PARAGRAPH, { id: 'doc-000', number: 2 });
    expect(blank.body.errors?.[0]).toMatchObject({
      message: "Source 'doc-000' has no paragraph 2: line 2 is blank",
      extensions: { code: 'NOT_FOUND' },
    });
    const past = await gql(app, PARAGRAPH, { id: 'doc-000', number: 999 });
    expect(past.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(past.body.errors?.[0]?.message).toContain('numbered 1 to');

    for (const variables of [{ first: 0 }, { first: 101 }, { after: -1 }, { first: 1, last: 1 }]) {
      const bad = await gql(app, PAGE, { id: 'doc-000', ...variables });
      expect(bad.body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });
});
