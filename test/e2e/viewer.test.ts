// Browser tests of the explorer page in real Chromium, against the real app over the shared
// seeded Neo4j: search, details with quotes, denials shown as such, type and statement filters,
// the time slider (known and possible), the timeline strip, shared links (old ones too), exports,
// error states and a narrow screen. Screenshots of each state go to test/artifacts/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../support/neo4j.ts';
import { launchChromium, type Browser } from './chromium.ts';
import { ensureViewerBuilt, startViewerApp } from './viewer-app.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

let driver: Driver;
let app: { url: string; close(): Promise<void> };
let browser: Browser;
const pageErrors: string[] = [];

async function read<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await driver.executeQuery(cypher, params, { database: 'neo4j' });
  return res.records.map((r) => r.toObject() as T);
}

async function open(query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${app.url}/${query}`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60_000 });
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `viewer-${name}.png`) });

/** Waits until the statuses the API gives for a date are drawn. */
const drawnAsOf = (page: Page, asOf: string) =>
  page.waitForFunction((d) => document.body.dataset.drawnAsOf === d, asOf, { timeout: 30_000 });

/** Relationships that walks follow (asserted facts), for picking test entities in Cypher. */
const FACT = "r.stance = 'asserted' AND r.modality = 'actual'";

/** Ids of the elements Cytoscape draws (not display:none), matching a selector. */
const visibleIds = (page: Page, selector: string) =>
  page.evaluate(
    (sel) =>
      window
        .khorasan!.cy.$(sel)
        .filter(':visible')
        .map((e) => e.id())
        .sort(),
    selector,
  );

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ensureViewerBuilt();
  driver = testDriver();
  app = await startViewerApp(driver);
  browser = await launchChromium({ width: 1280, height: 800 });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await driver?.close();
});

describe('viewer in Chromium', () => {
  it('search "ISKP" selects the group and the details panel shows its rivals with the quotes', async () => {
    const page = await open();
    const [iskp] = await read<{ name: string }>("MATCH (e:Entity {id: 'iskp'}) RETURN e.name AS name");
    const rivals = await read<{ name: string; quote: string }>(
      "MATCH (:Entity {id: 'iskp'})-[r:RIVAL_OF]-(b) RETURN b.name AS name, r.quote AS quote",
    );
    expect(rivals.length).toBeGreaterThan(0);

    await page.focus('#search-input');
    await page.keyboard.type('ISKP');
    await page.waitForSelector('#search-results li[data-id="iskp"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('selected=iskp'));

    expect(await page.evaluate(() => window.khorasan!.cy.getElementById('iskp').selected())).toBe(true);
    expect(await page.textContent('#details-title')).toBe(iskp!.name);
    const rivalText = (await page.locator('#details .rel-group[data-type="RIVAL_OF"]').innerText()).replace(
      /\s+/g,
      ' ',
    );
    for (const r of rivals) {
      expect(rivalText).toContain(r.name);
      expect(rivalText).toContain(r.quote.replace(/\s+/g, ' '));
    }
    // Figures are loaded from the API too: the panel is not left saying "Loading".
    await page.waitForFunction(() => !document.querySelector('#details .figures[aria-busy]'));
    await shot(page, 'search-iskp');
    await page.locator('#details .rel-group[data-type="RIVAL_OF"]').scrollIntoViewIfNeeded();
    await shot(page, 'search-iskp-rivals');
    await page.close();
  });

  it('a relationship-type filter hides those edges and keeps the others', async () => {
    const page = await open();
    expect((await visibleIds(page, 'edge[type = "RIVAL_OF"]')).length).toBeGreaterThan(0);
    const othersBefore = (await visibleIds(page, 'edge[type != "RIVAL_OF"]')).length;

    await page.click('label[for="type-RIVAL_OF"]');
    await page.waitForFunction(() => location.search.includes('types='));

    expect(await visibleIds(page, 'edge[type = "RIVAL_OF"]')).toEqual([]);
    expect((await visibleIds(page, 'edge[type != "RIVAL_OF"]')).length).toBe(othersBefore);
    expect(new URL(page.url()).searchParams.get('types')).not.toContain('RIVAL_OF');
    expect(await page.isChecked('#type-RIVAL_OF')).toBe(false);
    await shot(page, 'filter-no-rivals');
    await page.close();
  });

  it('the time slider set to 2014 hides ISKP (founded 2015), draws what is known then and outlines what is only possible', async () => {
    const page = await open();
    const inYear = (x: string) =>
      `${x}.knownFrom IS NOT NULL AND ${x}.knownFrom <= date('2014-12-31') AND ${x}.knownTo >= date('2014-01-01')`;
    const [known] = await read<{ id: string }>(
      `MATCH (e:Entity) WHERE ${inYear('e')} RETURN e.id AS id ORDER BY e.id LIMIT 1`,
    );
    const [possible] = await read<{ id: string }>(
      `MATCH (e:Entity) WHERE NOT (${inYear('e')}) AND (e.possibleFrom IS NULL OR e.possibleFrom <= date('2014-12-31'))
       AND (e.possibleTo IS NULL OR e.possibleTo >= date('2014-01-01')) RETURN e.id AS id ORDER BY e.id LIMIT 1`,
    );
    expect(known && possible).toBeTruthy();
    expect(await visibleIds(page, '#iskp')).toEqual(['iskp']);

    // By keyboard, as a user without a mouse would: Home is the first year, then step right.
    const min = Number(await page.getAttribute('#time-slider', 'min'));
    await page.focus('#time-slider');
    await page.keyboard.press('Home');
    for (let y = min; y < 2014; y++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.search.includes('asOf=2014'));
    await drawnAsOf(page, '2014');

    expect(await page.inputValue('#time-slider')).toBe('2014');
    expect(await visibleIds(page, '#iskp')).toEqual([]);
    const cls = (id: string) => page.evaluate((x) => window.khorasan!.cy.getElementById(x).classes(), id);
    expect(await visibleIds(page, `[id = "${known!.id}"]`)).toEqual([known!.id]);
    expect(await cls(known!.id)).not.toContain('possible');
    expect(await visibleIds(page, `[id = "${possible!.id}"]`)).toEqual([possible!.id]);
    expect(await cls(possible!.id)).toContain('possible');
    expect(await page.textContent('#status')).toMatch(/as of 2014 \(\d+ of them only possible then\)/);
    await shot(page, 'time-2014');
    await page.click('#legend summary');
    expect(await page.locator('#legend [data-time="possible"]').innerText()).toMatch(/only possible then/);
    await shot(page, 'time-2014-legend');
    await page.click('#legend summary');

    await page.selectOption('#time-mode', 'fade');
    expect(await visibleIds(page, '#iskp')).toEqual(['iskp']);
    expect(await page.evaluate(() => window.khorasan!.cy.getElementById('iskp').hasClass('faded'))).toBe(
      true,
    );
    await shot(page, 'time-2014-fade');
    await page.close();
  });

  it('a shared link restores the same view: selection, filters, date, focus and layout', async () => {
    const page = await open('?selected=iskp');
    await page.click('label[for="type-CLAIMED"]');
    await page.selectOption('#min-credibility', 'alleged');
    await page.click('label[for="show-denied"]');
    await page.selectOption('#layout', 'concentric');
    await page.click('#details button:has-text("Focus here")');
    await page.fill('#time-exact', '2021');
    await page.press('#time-exact', 'Enter');
    await page.waitForFunction(
      () => location.search.includes('asOf=2021') && location.search.includes('focus=iskp'),
    );
    await drawnAsOf(page, '2021');
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await page.waitForTimeout(800);
    const link = page.url();
    const before = {
      state: await page.evaluate(() => window.khorasan!.state()),
      nodes: await visibleIds(page, 'node'),
      edges: await visibleIds(page, 'edge'),
    };
    expect(before.nodes.length).toBeGreaterThan(1);
    await shot(page, 'shared-original');

    const again = await open(link.slice(app.url.length + 1));
    await drawnAsOf(again, '2021');
    await again.waitForTimeout(800);
    expect(await again.evaluate(() => window.khorasan!.state())).toEqual(before.state);
    expect(await visibleIds(again, 'node')).toEqual(before.nodes);
    expect(await visibleIds(again, 'edge')).toEqual(before.edges);
    expect(await again.isChecked('#type-CLAIMED')).toBe(false);
    expect(await again.inputValue('#min-credibility')).toBe('alleged');
    expect(await again.isChecked('#show-denied')).toBe(true);
    expect(await again.inputValue('#layout')).toBe('concentric');
    expect(await again.textContent('#details-title')).toBe(await page.textContent('#details-title'));
    await shot(again, 'shared-restored');
    await page.close();
    await again.close();
  });

  it('exports the current view as a PNG and an SVG download', async () => {
    const page = await open('?selected=iskp');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const pngBytes = readFileSync((await png.path())!);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(pngBytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(pngBytes.length).toBeGreaterThan(5000);
    writeFileSync(join(ARTIFACTS, 'viewer-export.png'), pngBytes);

    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/<svg[\s>]/);
    expect(svgText.length).toBeGreaterThan(5000);
    writeFileSync(join(ARTIFACTS, 'viewer-export.svg'), svgText);

    const href = await page.getAttribute('#export-data', 'href');
    expect(href).toMatch(/^\/export\/json/);
    const res = await page.request.get(`${app.url}${href}`);
    expect(res.status()).toBe(200);
    await page.close();
  });

  it('says plainly when nothing is found and when the API cannot be reached', async () => {
    const page = await open();
    await page.fill('#search-input', 'qqqzzzxxy');
    await page.waitForSelector('#search-results li.empty:has-text("Nothing found")');
    await shot(page, 'search-nothing-found');
    // No name has both words: the list says so above the names that have one of them.
    await page.fill('#search-input', 'haqqani qqqzzzxxy');
    await page.waitForSelector('#search-results li[data-id="haqqani-network"]');
    expect(await page.textContent('#search-results li.empty')).toBe(
      'No name has every word of "haqqani qqqzzzxxy"; these have some:',
    );
    await page.close();

    const down = await browser.context.newPage();
    await down.route('**/graphql', (route) => route.abort('connectionrefused'));
    await down.goto(`${app.url}/`);
    await down.waitForSelector('.overlay-message[role="alert"]');
    expect(await down.textContent('#status')).toMatch(/cannot be reached/);
    await shot(down, 'api-down');
    await down.close();
  });

  it('works on a narrow screen: panels collapse behind buttons', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 780 });
    await page.goto(`${app.url}/?selected=iskp`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60_000 });
    expect(await page.isVisible('#controls')).toBe(false);
    expect(await page.isVisible('#details')).toBe(false);
    await shot(page, 'narrow');
    await page.click('button[aria-controls="details"]');
    expect(await page.isVisible('#details')).toBe(true);
    expect(await page.getAttribute('button[aria-controls="details"]', 'aria-expanded')).toBe('true');
    await shot(page, 'narrow-details');
    await page.close();
  });

  it('highlights a shortest path and a lineage from the link', async () => {
    const [pair] = await read<{ a: string; b: string }>(
      `MATCH (a:Entity {id: 'iskp'})-[r1]-(m:Entity)-[r2]-(b:Entity)
       WHERE ${FACT.replace(/r\./g, 'r1.')} AND ${FACT.replace(/r\./g, 'r2.')} AND a <> b
         AND NOT EXISTS { MATCH (a)-[r]-(b) WHERE ${FACT} }
       RETURN a.id AS a, b.id AS b ORDER BY b LIMIT 1`,
    );
    const page = await open(`?path=${pair!.a},${pair!.b}`);
    expect(await page.textContent('#explore-note')).toMatch(/Path \(2 steps\)/);
    expect((await visibleIds(page, '.trail')).length).toBe(5);
    await shot(page, 'path');
    await page.close();

    const lin = await open('?lineage=iskp&selected=iskp');
    expect(await lin.textContent('#explore-note')).toMatch(/Came from: .+\./);
    await shot(lin, 'lineage');
    await lin.close();
  });

  it('an old edge link opens that edge; its details list every citation; figures stand side by side', async () => {
    const cites = await read<{ quote: string; title: string }>(
      "MATCH (:Entity {id: 'iskp'})-[r:RIVAL_OF]-(:Entity {id: 'afghan-taliban'}) MATCH (s:Source {id: r.source}) RETURN r.quote AS quote, s.title AS title",
    );
    expect(cites.length).toBeGreaterThan(1);
    // The id the viewer used before the API's edge ids: the link still opens the same edge.
    const page = await open('?selected=RIVAL_OF:afghan-taliban:iskp');
    expect(new URL(page.url()).searchParams.get('selected')).toBe('afghan-taliban--RIVAL_OF--iskp');
    expect(await page.locator('#details .citation').count()).toBe(cites.length);
    const text = (await page.locator('#details').innerText()).replace(/\s+/g, ' ');
    for (const c of cites) {
      expect(text).toContain(c.quote.replace(/\s+/g, ' '));
      expect(text).toContain(c.title.replace(/\s+/g, ' '));
    }
    expect(
      await page.evaluate(() =>
        window.khorasan!.cy.getElementById('afghan-taliban--RIVAL_OF--iskp').selected(),
      ),
    ).toBe(true);
    await shot(page, 'edge-details');
    await page.close();

    const killed = await read<{ id: string }>(
      "MATCH (:Entity {id: 'kabul-airport-attack'})-[:HAS_CLAIM]->(c:Claim {property: 'killed'}) RETURN c.id AS id",
    );
    const attack = await open('?selected=kabul-airport-attack');
    await attack.waitForSelector('#details .claim-group[data-property="killed"]');
    expect(await attack.locator('#details .claim-group[data-property="killed"] tr[data-claim]').count()).toBe(
      killed.length,
    );
    expect(await attack.isVisible('#details .claim-group[data-property="killed"] .disagree')).toBe(true);
    await attack.locator('#details .claim-group[data-property="killed"]').scrollIntoViewIfNeeded();
    await shot(attack, 'figures-side-by-side');
    await attack.close();
  });

  it("focus shows a neighbourhood, expand adds a neighbour's neighbours, play steps through the years", async () => {
    const page = await open('?focus=iskp&depth=1&selected=iskp');
    const focused = await visibleIds(page, 'node');
    const [neighbour] = await read<{ id: string }>(
      `MATCH (i:Entity {id: 'iskp'})-[r1]-(n:Entity)-[r2]-(far:Entity)
       WHERE ${FACT.replace(/r\./g, 'r1.')} AND ${FACT.replace(/r\./g, 'r2.')} AND far.id <> 'iskp'
         AND NOT EXISTS { MATCH (far)-[r]-(i) WHERE ${FACT} }
       RETURN n.id AS id ORDER BY n.id LIMIT 1`,
    );
    const [all] = await read<{ n: number }>('MATCH (e:Entity) RETURN count(e) AS n');
    expect(focused).toContain(neighbour!.id);
    expect(focused.length).toBeLessThan(Number(all!.n));

    const name = await page.evaluate(
      (id) => window.khorasan!.cy.getElementById(id).data('name') as string,
      neighbour!.id,
    );
    // Through the details panel, as a keyboard user would: entity names there are buttons.
    await page.locator('#details .rel-head button.link', { hasText: name }).first().click();
    await page.waitForFunction((id) => location.search.includes(`selected=${id}`), neighbour!.id);
    await page.click('#details button:has-text("Expand neighbours")');
    await page.waitForFunction(() => location.search.includes('expanded='));
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    expect((await visibleIds(page, 'node')).length).toBeGreaterThan(focused.length);
    await shot(page, 'expanded');

    await page.click('#time-play');
    await page.waitForFunction(() => /asOf=20\d\d/.test(location.search));
    const first = new URL(page.url()).searchParams.get('asOf');
    await page.waitForFunction((y) => new URL(location.href).searchParams.get('asOf') !== y, first, {
      timeout: 5000,
    });
    expect(Number(new URL(page.url()).searchParams.get('asOf'))).toBe(Number(first) + 1);
    await page.click('#time-play');
    expect(await page.getAttribute('#time-play', 'aria-pressed')).toBe('false');
    await page.close();
  });

  it("Lieven's denial is listed as denied by Anatol Lieven in ISKP's details and never drawn as an offshoot", async () => {
    const DENIAL = 'iskp--offshoot-of--islamic-state--doc-000';
    const offshoots = await read<{ id: string; stance: string; modality: string }>(
      "MATCH (:Entity {id: 'iskp'})-[r:OFFSHOOT_OF]->(:Entity {id: 'islamic-state'}) RETURN r.id AS id, r.stance AS stance, r.modality AS modality",
    );
    expect(offshoots.find((r) => r.id === DENIAL)?.stance).toBe('denied');
    // Another document may assert the offshoot: then the edge is drawn for that citation only.
    const asserted = offshoots.filter((r) => r.stance === 'asserted' && r.modality === 'actual');

    const page = await open('?selected=iskp');
    const edgeId = 'iskp--OFFSHOOT_OF--islamic-state';
    const drawn = await visibleIds(
      page,
      'edge[type = "OFFSHOOT_OF"][source = "iskp"][target = "islamic-state"]',
    );
    if (asserted.length) {
      expect(drawn).toEqual([edgeId]);
      const edge = await page.evaluate((id) => {
        const e = window.khorasan!.cy.getElementById(id);
        return { classes: e.classes(), shown: e.data('shown') as number };
      }, edgeId);
      expect(edge.classes).not.toContain('look-denied');
      expect(edge.shown).toBe(asserted.length);
      // The panel shows the denial beside the assertion, and says the sources disagree.
      expect(await page.isVisible(`#details li[data-edge="${edgeId}"] .disagree`)).toBe(true);
    } else expect(drawn).toEqual([]);

    const denial = page.locator(`#details li.citation[data-citation="${DENIAL}"]`);
    expect(await denial.getAttribute('data-stance')).toBe('denied');
    expect(await denial.innerText()).toContain('denied by Anatol Lieven');
    expect(await denial.innerText()).toContain('reported · B usually reliable');
    // The relationship's count says the denial is one, not one more source for the offshoot.
    const counted = await page
      .locator(`#details li[data-edge="${edgeId}"] .rel-head button.link.small`)
      .innerText();
    expect(counted).toMatch(/: (\d+ asserts?, )?1 denies/);
    await denial.scrollIntoViewIfNeeded();
    await shot(page, 'iskp-denial');
    await page.close();
  });

  it('"show denied" draws a denial-only relationship in red dashes with ⊘; the default view does not', async () => {
    const [only] = await read<{ a: string; t: string; b: string }>(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.stance = 'denied'
         AND NOT EXISTS { MATCH (a)-[q]-(b) WHERE type(q) = type(r) AND q.stance <> 'denied' }
       RETURN a.id AS a, type(r) AS t, b.id AS b ORDER BY r.id LIMIT 1`,
    );
    expect(only).toBeTruthy();
    const find = (page: Page) =>
      page.evaluate(
        ({ a, t, b }) =>
          window
            .khorasan!.cy.edges()
            .filter(
              (e) =>
                e.data('type') === t &&
                ((e.data('source') === a && e.data('target') === b) ||
                  (e.data('source') === b && e.data('target') === a)),
            )
            .map((e) => ({ id: e.id(), visible: e.visible(), classes: e.classes() }))[0],
        only!,
      );
    const page = await open();
    expect((await find(page))?.visible).toBe(false);
    await shot(page, 'default');
    await page.click('label[for="show-denied"]');
    await page.waitForFunction(() => location.search.includes('stances=asserted,denied,unclear'));
    const shown = await find(page);
    expect(shown?.visible).toBe(true);
    expect(shown?.classes).toContain('look-denied');
    await page.evaluate((id) => {
      const cy = window.khorasan!.cy;
      cy.fit(cy.getElementById(id).connectedNodes(), 120);
    }, shown!.id);
    await page.click('#legend summary');
    await shot(page, 'show-denied');
    await page.close();
  });

  it("the timeline strip shows an entity's relationships by date: known spans solid, possible spans thin, open ends marked", async () => {
    const page = await open('?selected=iskp&asOf=2021');
    await drawnAsOf(page, '2021');
    const strip = page.locator('#details .timeline-strip');
    await strip.waitFor();
    expect(await strip.locator('li[data-edge]').count()).toBeGreaterThan(3);
    expect(await strip.locator('rect.known-span').count()).toBeGreaterThan(0);
    expect(await strip.locator('line.possible-span').count()).toBeGreaterThan(0);
    expect(await strip.locator('.open-start, .open-end').count()).toBeGreaterThan(0);
    expect(await strip.locator('line.as-of').count()).toBeGreaterThan(0);
    await strip.scrollIntoViewIfNeeded();
    await shot(page, 'timeline-strip');
    await page.close();
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
