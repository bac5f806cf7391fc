// The import refuses bad sheets with file, row and column, and writes nothing: each case below is
// one mistake a researcher makes in a spreadsheet. Real seed files and corpus (doc-001).
import { describe, expect, it } from 'vitest';
import { GOOD_ROW, HEADER, JM, refused } from './import-support.ts';

const facts = (...rows: string[]): { 'facts.csv': string } => ({ 'facts.csv': [HEADER, ...rows].join('\n') });
const ENTITIES = 'id,name,aliases,kind,category';
const entities = (...rows: string[]): { 'entities.csv': string } => ({
  'entities.csv': [ENTITIES, ...rows].join('\n'),
});

/** The single problem expected: where it is and what it says. */
async function one(
  files: Record<string, string>,
  where: { file?: string; row?: number; column?: string },
  message: RegExp,
  options: { source?: string } = {},
): Promise<void> {
  const problems = await refused(files, options);
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file: 'facts.csv', ...where });
  expect(problems[0]!.message).toMatch(message);
}

describe('the import refuses a bad facts sheet, naming row and column', () => {
  it('a quote not in the document', async () => {
    await one(
      facts(
        `iskp,RIVAL_OF,afghan-taliban,The Taliban and ISIS-K are old friends,asserted,actual,reported,B,${JM}`,
      ),
      { row: 2, column: 'quote' },
      /not verbatim in doc-001/,
    );
  });

  it('a quote that differs in case only, showing what the document has', async () => {
    await one(
      facts(
        `afghan-taliban,COUNTERS,iskp,THE TALIBAN have managed to stem the group’s challenges,asserted,actual,reported,B,${JM}`,
      ),
      { row: 2, column: 'quote' },
      /line 23 has "the Taliban have managed/,
    );
  });

  it('a paragraph the quote does not stand in', async () => {
    await one(
      { 'facts.csv': `${HEADER},paragraph\n${GOOD_ROW},7` },
      { row: 2, column: 'paragraph' },
      /stands in paragraph 23 of doc-001, not in "7"/,
    );
  });

  it('an unknown id that is an alias: suggests the id', async () => {
    await one(
      facts(
        `ISIS-K,COUNTERS,afghan-taliban,the Taliban have managed to stem the group’s challenges,asserted,actual,reported,B,${JM}`,
      ),
      { row: 2, column: 'from' },
      /unknown entity id "ISIS-K": did you mean `iskp` \(alias ISIS-K\)\?/,
    );
  });

  it('an unknown id that is a misspelling: suggests close ids', async () => {
    await one(
      facts(GOOD_ROW.replace(',iskp,', ',iskpp,')),
      { row: 2, column: 'to' },
      /unknown entity id "iskpp": did you mean `iskp`/,
    );
  });

  it('a date that is not a period', async () => {
    await one(
      { 'facts.csv': `${HEADER},validFrom\n${GOOD_ROW},2021-13` },
      { row: 2, column: 'validFrom' },
      /"2021-13" is not a date/,
    );
  });

  it('a day that does not exist', async () => {
    await one(
      { 'facts.csv': `${HEADER},validTo\n${GOOD_ROW},2021-02-30` },
      { row: 2, column: 'validTo' },
      /not a date/,
    );
  });

  it('a period that ends before it begins', async () => {
    await one(
      { 'facts.csv': `${HEADER},validFrom,validTo\n${GOOD_ROW},2021,2020-06` },
      { row: 2, column: 'validTo' },
      /ends \(2020-06-30\) before it begins \(2021-01-01\)/,
    );
  });

  it("an export-form day that is not its period's first day", async () => {
    await one(
      { 'facts.csv': `${HEADER},validFrom,validFromPrecision\n${GOOD_ROW},2021-03-05,month` },
      { row: 2, column: 'validFrom' },
      /not the first day of its month/,
    );
  });

  it('an unknown relationship type, with a suggestion', async () => {
    await one(
      facts(GOOD_ROW.replace('COUNTERS', 'COUNTER')),
      { row: 2, column: 'type' },
      /did you mean COUNTERS\?/,
    );
  });

  it('endpoint labels the type does not take', async () => {
    await one(
      facts(
        `iskp,OCCURRED_IN,afghanistan,the Taliban have managed to stem the group’s challenges,asserted,actual,reported,B,${JM}`,
      ),
      { row: 2, column: 'from' },
      /OCCURRED_IN starts at a Event, but "iskp" is a Group/,
    );
  });

  it('a stance outside the model', async () => {
    await one(
      facts(GOOD_ROW.replace('asserted', 'probably')),
      { row: 2, column: 'stance' },
      /"probably" is not one of asserted, denied, unclear/,
    );
  });

  it('a reliability letter outside A–F', async () => {
    await one(
      facts(GOOD_ROW.replace(',B,', ',G,')),
      { row: 2, column: 'reliability' },
      /"G" is not one of A, B/,
    );
  });

  it('an empty required cell', async () => {
    await one(
      facts(GOOD_ROW.replace(',reported,', ',,')),
      { row: 2, column: 'credibility' },
      /empty; one of reported/,
    );
  });

  it('a missing required column', async () => {
    await one(
      {
        'facts.csv': `from,type,to,stance,modality,credibility,reliability\niskp,RIVAL_OF,afghan-taliban,asserted,actual,reported,B`,
      },
      { row: 1, column: 'quote' },
      /missing required column "quote"/,
    );
  });

  it('an unknown column', async () => {
    await one(
      { 'facts.csv': `${HEADER},confidence\n${GOOD_ROW},high` },
      { row: 1, column: 'confidence' },
      /unknown column "confidence"/,
    );
  });

  it('a broken CSV (a quote never closed)', async () => {
    await one(
      facts(GOOD_ROW, `iskp,RIVAL_OF,afghan-taliban,"never closed,asserted,actual,reported,B,${JM}`),
      { row: 3 },
      /not a readable CSV file: Quote Not Closed/,
    );
  });

  it('a row with more cells than the header', async () => {
    await one(facts(`${GOOD_ROW},extra`), { row: 2 }, /10 cells but the header has 9 columns/);
  });

  it('an empty sheet', async () => {
    await one({ 'facts.csv': '' }, {}, /the sheet is empty/);
  });

  it('a header without rows', async () => {
    await one({ 'facts.csv': `${HEADER}\r\n\r\n` }, {}, /a header but no rows/);
  });

  it('the same fact twice in the sheet', async () => {
    await one(facts(GOOD_ROW, GOOD_ROW), { row: 3, column: 'quote' }, /the same fact as row 2/);
  });

  it('a fact the seed files already hold', async () => {
    await one(
      facts(
        `iskp,TARGETED,united-states,It is interested in attacking US and allied partners abroad,asserted,intended,reported,B,${JM}`,
      ),
      { row: 2, column: 'quote' },
      /already at seed\/21-doc-001-jadoon-mines\.cypher:\d+/,
    );
  });

  it('a row whose sourceDocument is not --source', async () => {
    await one(
      { 'facts.csv': `${HEADER},sourceDocument\n${GOOD_ROW},doc-002` },
      { row: 2, column: 'sourceDocument' },
      /from doc-002, not from --source doc-001/,
    );
  });

  it('an id that does not fit its row', async () => {
    await one(
      { 'facts.csv': `${HEADER},id\n${GOOD_ROW},iskp--counters--afghan-taliban--doc-001` },
      { row: 2, column: 'id' },
      /should be "afghan-taliban--counters--iskp--doc-001"/,
    );
  });

  it('a document the corpus does not hold', async () => {
    await one(facts(GOOD_ROW), {}, /--source doc-999 is not a document of the corpus/, { source: 'doc-999' });
  });

  it('words of intent on an actual fact (the validator, mapped back to the row)', async () => {
    await one(
      facts(
        `iskp,TARGETED,us-forces,It is interested in attacking US and allied partners abroad,asserted,actual,reported,B,${JM}`,
      ),
      { row: 2, column: 'modality' },
      /^intent-words: "interested in"/,
    );
  });

  it('a second reliability letter for one speaker (the validator, mapped back)', async () => {
    await one(
      facts(GOOD_ROW.replace(',B,', ',C,')),
      { row: 2, column: 'reliability' },
      /reliability C for "Amira Jadoon and Andrew Mines" in doc-001, but .* gives B/,
    );
  });

  it('PARTY_TO without a role (the validator, mapped back)', async () => {
    await one(
      facts(
        `iskp,PARTY_TO,iskp-surrender,the Taliban have managed to stem the group’s challenges,asserted,actual,reported,B,${JM}`,
      ),
      { row: 2, column: 'role' },
      /PARTY_TO needs a string role/,
    );
  });

  it('reports every problem of every row at once', async () => {
    const problems = await refused(
      facts(GOOD_ROW.replace('asserted', 'x'), GOOD_ROW.replace('COUNTERS', 'Y')),
    );
    expect(problems.map((p) => `${p.row} ${p.column}`)).toEqual(['2 stance', '3 type']);
  });
});

describe('the import refuses a bad entities sheet', () => {
  const use = (id: string): string =>
    `iskp,OPERATES_IN,${id},ISIS-K used its position on the border to garner supplies,asserted,actual,reported,B,${JM}`;

  it('an id the seed files already use', async () => {
    const problems = await refused({
      ...facts(use('iskp')),
      ...entities('iskp,Another ISKP,,Group,militant-group'),
    });
    expect(problems[0]).toMatchObject({ file: 'entities.csv', row: 2, column: 'id' });
    expect(problems[0]!.message).toMatch(/already used at seed\/10-groups\.cypher/);
  });

  it('an id that is not kebab-case', async () => {
    const problems = await refused({ ...facts(GOOD_ROW), ...entities('Border Region,Border,,Place,region') });
    expect(problems).toEqual([expect.objectContaining({ file: 'entities.csv', row: 2, column: 'id' })]);
  });

  it('one id defined twice', async () => {
    const problems = await refused({
      ...facts(GOOD_ROW),
      ...entities('the-border,Border,,Place,region', 'the-border,Border,,Place,region'),
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'entities.csv',
        row: 3,
        column: 'id',
        message: expect.stringMatching(/defined twice \(also row 2\)/),
      }),
    ]);
  });

  it('a kind outside Group, Event, Place', async () => {
    const problems = await refused({ ...facts(GOOD_ROW), ...entities('the-border,Border,,Person,region') });
    expect(problems).toEqual([expect.objectContaining({ file: 'entities.csv', row: 2, column: 'kind' })]);
  });

  it("a category outside the kind's categories", async () => {
    const problems = await refused({
      ...facts(GOOD_ROW),
      ...entities('the-border,Border,,Place,militant-group'),
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'entities.csv',
        row: 2,
        column: 'category',
        message: expect.stringMatching(/unknown Place category "militant-group"/),
      }),
    ]);
  });

  it('an alias that stands in no document (the validator, mapped back)', async () => {
    const problems = await refused({
      ...facts(use('the-border')),
      ...entities('the-border,Border,The Long Frontier,Place,region'),
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'entities.csv',
        row: 2,
        column: 'aliases',
        message: expect.stringMatching(/alias "The Long Frontier" appears in no document/),
      }),
    ]);
  });
});
