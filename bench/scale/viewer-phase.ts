// The viewer on one dataset in headless Chromium: the real app on node:http serving the built
// viewer, one warm-up visit (Neo4j plans, the page's files) and three timed visits to its first
// meaningful view (navigation to the page's data-ready), its mode and what it drew; then on the
// last page search -> select -> expand on the dataset's leaf, each step timed to the page's own
// signals (results listed; selection settled with no piece pending; neighbours drawn).
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import type { App } from '../../api/src/app.ts';
import type { Browser } from '../../test/e2e/chromium.ts';
import { serveApp } from '../../test/e2e/viewer-app.ts';
import { DATABASE } from './scratch-neo4j.ts';

export interface ViewerResult {
  dataset: string;
  /** 'full' (everything loaded) or 'overview' (the most connected first, the rest on demand). */
  mode?: string;
  /** Nodes drawn in the first view, and entities in the graph. */
  drawn?: number;
  /** First meaningful view of each timed visit, in ms. */
  firstViewMs: number[];
  warmUpMs?: number;
  /** Typing the leaf's name until it is listed; clicking it until it is selected and settled. */
  searchMs?: number;
  selectMs?: number;
  /** Expand on the selected leaf until its neighbours are drawn. */
  expandMs?: number;
  error?: string;
}

const VISITS = 3;
const STEP_TIMEOUT_MS = 60_000;

/** Loads the page and waits for its first view; the time from navigation to it. */
async function visit(browser: Browser, url: string): Promise<{ page: Page; ms: number }> {
  const page = await browser.context.newPage();
  const started = performance.now();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, {
    timeout: STEP_TIMEOUT_MS,
  });
  return { page, ms: performance.now() - started };
}

/** The leaf's name and the entities one asserted, actual step from it (what expand draws). */
async function leafFacts(driver: Driver, id: string): Promise<{ name: string; neighbours: string[] }> {
  const { records } = await driver.executeQuery(
    `MATCH (s:GraphState {id: 'graph'})
     MATCH (a:Entity {id: $id, gen: s.current})
     OPTIONAL MATCH (a)-[r]-(b:Entity)
     WHERE r.stance = 'asserted' AND r.modality = 'actual'
     RETURN a.name AS name, collect(DISTINCT b.id) AS neighbours`,
    { id },
    { database: DATABASE },
  );
  const row = records[0];
  if (!row) throw new Error(`the leaf ${id} is not in the loaded graph`);
  return { name: row.get('name') as string, neighbours: row.get('neighbours') as string[] };
}

async function timed(step: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await step();
  return performance.now() - started;
}

export async function measureViewer(
  deps: { app: App; driver: Driver; browser: Browser },
  dataset: string,
  leaf: string,
  say: (line: string) => void,
): Promise<ViewerResult> {
  const served = await serveApp(deps.app);
  const url = `${served.url}/`;
  const result: ViewerResult = { dataset, firstViewMs: [] };
  const pages: Page[] = [];
  try {
    const facts = await leafFacts(deps.driver, leaf);
    const warm = await visit(deps.browser, url);
    result.warmUpMs = warm.ms;
    await warm.page.close();
    for (let i = 0; i < VISITS; i++) {
      const { page, ms } = await visit(deps.browser, url);
      pages.push(page);
      result.firstViewMs.push(ms);
      if (i < VISITS - 1) await page.close();
    }
    const page = pages[pages.length - 1]!;
    result.mode = await page.evaluate(() => window.khorasan!.mode);
    result.drawn = await page.evaluate(() => window.khorasan!.cy.nodes(':visible').length);
    say(
      `viewer: ${dataset}: first view ${result.firstViewMs.map((t) => t.toFixed(0)).join(', ')} ms ` +
        `(warm-up ${warm.ms.toFixed(0)} ms), ${result.mode}, ${result.drawn} nodes drawn`,
    );

    const item = `#search-results li[data-id="${leaf}"]`;
    result.searchMs = await timed(async () => {
      await page.fill('#search-input', facts.name);
      await page.waitForSelector(item, { timeout: STEP_TIMEOUT_MS });
    });
    result.selectMs = await timed(async () => {
      await page.click(item);
      await page.waitForFunction(
        (id) =>
          window.khorasan!.state().selected === id &&
          document.body.dataset.pending === '0' &&
          window.khorasan!.cy.getElementById(id).nonempty(),
        leaf,
        { timeout: STEP_TIMEOUT_MS },
      );
    });
    result.expandMs = await timed(async () => {
      await page.click('#details button:has-text("Expand neighbours")');
      await page.waitForFunction(
        ({ id, ids }) =>
          window.khorasan!.state().focus === id &&
          document.body.dataset.pending === '0' &&
          ids.every((x) => window.khorasan!.cy.getElementById(x).visible()),
        { id: leaf, ids: [leaf, ...facts.neighbours] },
        { timeout: STEP_TIMEOUT_MS },
      );
    });
    say(
      `viewer: ${dataset}: search ${result.searchMs.toFixed(0)} ms, select ${result.selectMs.toFixed(0)} ms, ` +
        `expand ${result.expandMs.toFixed(0)} ms (${facts.neighbours.length} neighbours of ${leaf})`,
    );
  } catch (error) {
    result.error = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
    say(`viewer: ${dataset}: ${result.error}`);
  } finally {
    for (const page of pages) await page.close().catch(() => undefined);
    await served.close();
  }
  return result;
}
