// Browser tests of the "in the document" view in real Chromium: from a citation in the details
// panel to its paragraph with the quote marked, the paragraphs around it, and every fact the graph
// takes from it (Lieven's denial listed as a denial); keyboard and link. Then issue 15's "Done
// when": a fifth document written for the tests goes through add-source and the import into
// copies of the corpus and the seed folder, is seeded into a scratch Neo4j, found through GraphQL,
// and its new fact's details open the paragraph with the quote marked. Screenshots go to
// test/artifacts/.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource } from '../../cypher/corpus/add-source-cli.ts';
import { importSheets, writeImport } from '../../cypher/import/import-sheets.ts';
import { CORPUS_DIR, SCHEMA_DIR, SEED_DIR } from '../../cypher/paths.ts';
import { loadSeeds } from '../../cypher/seed-loader.ts';
import { validateSeeds } from '../../cypher/validate/validate-seeds.ts';
import { startScratchNeo4j, testDriver, type ScratchNeo4j } from '../support/neo4j.ts';
import { launchChromium, type Browser } from './chromium.ts';
import { ensureViewerBuilt, startViewerApp } from './viewer-app.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/import/doc-new');
const DENIAL = 'iskp--offshoot-of--islamic-state--doc-000';
const DENIAL_QUOTE = 'So they’re not, in that sense, an offshoot of ISIS.';

type Served = Awaited<ReturnType<typeof startViewerApp>>;

/** The real app over `driver`, reading the documents' text from `corpusDir`, on a free port. */
function serve(driver: Driver, corpusDir?: string): Promise<Served> {
  return startViewerApp(driver, { QUERY_TIMEOUT_MS: '45000', KG_CORPUS_DIR: corpusDir });
}

let browser: Browser;
const pageErrors: string[] = [];

async function open(app: Served, query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${app.url}/${query}`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60_000 });
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `viewer-document-${name}.png`) });

/** The marked quote and the facts listed once the view has its paragraph. */
async function documentShown(page: Page, paragraph: number) {
  const target = page.locator(`#document-view .doc-paragraph.target[data-paragraph="${paragraph}"]`);
  await target.locator('mark.quote').waitFor({ timeout: 30_000 });
  return {
    mark: await target.locator('mark.quote').innerText(),
    facts: await page.locator('#document-view li.doc-fact').evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.getAttribute('data-fact'),
        stance: li.getAttribute('data-stance'),
        text: (li as HTMLElement).innerText.replace(/\s+/g, ' '),
      })),
    ),
  };
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ensureViewerBuilt();
  browser = await launchChromium({ width: 1280, height: 800 });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  expect(pageErrors).toEqual([]);
});

describe('the document view over the project corpus', () => {
  let driver: Driver;
  let app: Served;
  beforeAll(async () => {
    driver = testDriver();
    app = await serve(driver);
  });
  afterAll(async () => {
    await app?.close();
    await driver?.close();
  });

  it("opens Lieven's denial in paragraph 5 of doc-000 from ISKP's details: the quote marked, the paragraphs around it, every fact of the paragraph", async () => {
    const page = await open(app, '?selected=iskp');
    const link = page.locator(`#details li.citation[data-citation="${DENIAL}"] button.in-document`);
    await link.scrollIntoViewIfNeeded();
    await link.click();

    const shown = await documentShown(page, 5);
    expect(shown.mark.replace(/\s+/g, ' ')).toBe(DENIAL_QUOTE);
    expect(await page.locator('#document-title').innerText()).toContain('On the End in Afghanistan');
    expect(await page.locator('#document-view .doc-speakers').innerText()).toContain('Anatol Lieven');
    // A paragraph either side for context; the blank lines between keep their numbers.
    expect(
      await page
        .locator('#document-view .doc-paragraph')
        .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-paragraph')))),
    ).toEqual([3, 5, 7]);
    // The denial is listed as a denial, beside what else the graph takes from the paragraph.
    const denial = shown.facts.find((f) => f.id === DENIAL);
    expect(denial).toMatchObject({ stance: 'denied' });
    expect(denial!.text).toContain('denied by Anatol Lieven');
    expect(denial!.text).toContain('offshoot of');
    expect(shown.facts.length).toBeGreaterThan(1);
    expect(await page.locator('#document-view h3').innerText()).toContain(`(${shown.facts.length})`);
    expect(new URL(page.url()).searchParams.get('doc')).toBe('doc-000');
    expect(new URL(page.url()).searchParams.get('p')).toBe('5');
    // Focus moves into the view, so a keyboard user is there.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('document-title');
    await shot(page, 'iskp-denial');

    // Another fact of the paragraph: its quote is marked instead and its edge selected in the graph.
    const other = shown.facts.find((f) => f.id !== DENIAL)!;
    await page.locator(`#document-view li.doc-fact[data-fact="${other.id}"] button.fact-label`).click();
    const edgeId = await page.evaluate(
      (id) =>
        window
          .khorasan!.cy.edges()
          .filter((e) => (e.data('citations') as { id: string }[]).some((c) => c.id === id))[0]
          ?.id(),
      other.id,
    );
    if (edgeId) {
      await page.waitForFunction((id) => window.khorasan!.state().selected === id, edgeId);
    }
    expect(new URL(page.url()).searchParams.get('fact')).toBe(other.id);
    expect(await page.locator('#document-view li.doc-fact.marked').getAttribute('data-fact')).toBe(other.id);

    // Read on: more paragraphs below; then Esc closes the view and gives focus back.
    const before = await page.locator('#document-view .doc-paragraph').count();
    await page.click('#document-view button[data-more="next"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#document-view .doc-paragraph').length > n,
      before,
    );
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#document-view')).toBe(true);
    expect(new URL(page.url()).searchParams.get('doc')).toBeNull();
    await page.close();
  });

  it('opens from a shared link (doc, p, fact) and escapes the text: markup in a document stays text', async () => {
    const page = await open(app, `?doc=doc-000&p=5&fact=${DENIAL}`);
    const shown = await documentShown(page, 5);
    expect(shown.mark.replace(/\s+/g, ' ')).toBe(DENIAL_QUOTE);
    // The view writes text nodes and <mark> only: no element of the document's own.
    const tags = await page
      .locator('#document-view .doc-paragraph p *')
      .evaluateAll((els) => [...new Set(els.map((el) => el.tagName))]);
    expect(tags).toEqual(['MARK']);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('doc-close');
    await page.keyboard.press('Enter');
    expect(await page.isHidden('#document-view')).toBe(true);
    await page.close();
  });
});

describe('a fifth document, imported, seeded and read in context (issue 15, "Done when")', () => {
  const NEW_FACT = 'northern-front--clashed-with--river-brigade--doc-004';
  const NEW_QUOTE = 'The Northern Front clashed with the River Brigade near Asadabad in April 2022.';
  let work: string;
  let scratch: ScratchNeo4j | undefined;
  let app: Served;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'kg-document-view-'));
    const corpusDir = join(work, 'corpus');
    const seedDir = join(work, 'seed');
    cpSync(CORPUS_DIR, corpusDir, { recursive: true });
    mkdirSync(seedDir);
    for (const name of readdirSync(SEED_DIR).filter((n) => /^[1-9].*\.cypher$/.test(n))) {
      cpSync(join(SEED_DIR, name), join(seedDir, name));
    }
    const { id } = addSource({
      file: join(FIXTURES, 'kunar-field-notes.txt'),
      title: 'Field notes, Kunar',
      date: '2022-05',
      kind: 'article',
      speakers: ['a district elder'],
      corpusDir,
    });
    expect(id).toBe('doc-004');
    const imported = await importSheets({
      factsFile: join(FIXTURES, 'facts.csv'),
      entitiesFile: join(FIXTURES, 'entities.csv'),
      source: id,
      seedDir,
      corpusDir,
    });
    expect(await writeImport(imported)).toBe('written');
    expect(await validateSeeds({ seedDir, corpusDir })).toEqual([]);
    scratch = await startScratchNeo4j();
    await loadSeeds(scratch.driver, { schemaDir: SCHEMA_DIR, seedDir, corpusDir });
    app = await serve(scratch.driver, corpusDir);
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await scratch?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('finds the new fact through GraphQL, in its paragraph with the quote placed', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{
          entity(id: "northern-front") { relationships(types: [CLASHED_WITH]) { id quote paragraph source { id title } } }
          source(id: "doc-004") {
            title
            paragraph(number: 2) { text facts { id quoteStart quoteEnd relationship { stance modality } } }
          }
        }`,
      }),
    });
    const { data, errors } = (await response.json()) as {
      data: {
        entity: { relationships: { id: string; quote: string; paragraph: number; source: { id: string } }[] };
        source: {
          title: string;
          paragraph: {
            text: string;
            facts: { id: string; quoteStart: number; quoteEnd: number; relationship: { stance: string } }[];
          };
        };
      };
      errors?: unknown;
    };
    expect(errors).toBeUndefined();
    expect(data.entity.relationships).toContainEqual(
      expect.objectContaining({
        id: NEW_FACT,
        quote: NEW_QUOTE,
        paragraph: 2,
        source: expect.objectContaining({ id: 'doc-004' }),
      }),
    );
    expect(data.source.title).toBe('Field notes, Kunar');
    const [fact] = data.source.paragraph.facts;
    expect(fact).toMatchObject({ id: NEW_FACT, relationship: { stance: 'ASSERTED' } });
    expect(data.source.paragraph.text.slice(fact!.quoteStart, fact!.quoteEnd)).toBe(NEW_QUOTE);
  });

  it("the new fact's details panel opens its paragraph with the quote marked", async () => {
    const edgeId = 'northern-front--CLASHED_WITH--river-brigade';
    const page = await open(app, `?selected=${edgeId}`);
    expect(await page.locator('#details-title').innerText()).toContain('Northern Front');
    await page.locator(`#details li.citation[data-citation="${NEW_FACT}"] button.in-document`).click();
    const shown = await documentShown(page, 2);
    expect(shown.mark).toBe(NEW_QUOTE);
    expect(shown.facts.map((f) => f.id)).toEqual([NEW_FACT]);
    expect(await page.locator('#document-title').innerText()).toBe('Field notes, Kunar');
    expect(await page.locator('#document-view .doc-meta').innerText()).toContain('May 2022');
    // The paragraph after holds the elder's denial: open it from its number, listed as a denial.
    await page.click('#document-view .doc-paragraph[data-paragraph="3"] button.para-number');
    await page.locator('#document-view li.doc-fact[data-stance="denied"]').waitFor();
    expect(await page.locator('#document-view li.doc-fact').innerText()).toContain(
      'denied by a district elder',
    );
    // And back to paragraph 2 by its number (no quote marked until a fact is chosen).
    await page.click('#document-view .doc-paragraph[data-paragraph="2"] button.para-number');
    await page.locator('#document-view .doc-paragraph.target[data-paragraph="2"]').waitFor();
    await page.locator(`#document-view li.doc-fact[data-fact="${NEW_FACT}"] button.fact-label`).click();
    await documentShown(page, 2);
    await shot(page, 'new-document');
    await page.close();
  });
});
