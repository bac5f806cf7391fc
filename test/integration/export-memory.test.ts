// Integration: exports stream. A generated graph (bench/generate) at 1,000 and at 10,000 entities
// in a private Neo4j is exported as JSON and as GraphML in a child process
// (bench/scale/export-child.ts); the child's peak live heap (after a full GC) above its baseline
// stays under one fixed bound at both sizes (a memory bound: the old read-everything export held
// the whole graph, ~7 MB per 1,000 entities). And an export whose generation is deleted while it runs fails, through the stream
// (GenerationGoneError) and through HTTP (the body is cut off), instead of ending a mix.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/src/app.ts';
import { loadConfig } from '../../api/src/config.ts';
import { GenerationGoneError, openExport } from '../../api/src/export/read-graph.ts';
import { parseScope } from '../../api/src/export/scope.ts';
import { measureExport, type ExportResult } from '../../bench/scale/export-phase.ts';
import { defaultOutDir, generateDataset, type DatasetInfo } from '../../bench/generate/generate-dataset.ts';
import { SCHEMA_DIR } from '../../cypher/paths.ts';
import { loadSeeds } from '../../cypher/seed-loader.ts';
import { startScratchNeo4j, type ScratchNeo4j } from '../support/neo4j.ts';

const SIZES = [1_000, 10_000] as const;
const FORMATS = ['json', 'graphml'] as const;
/** Live heap above the baseline allowed at every size (the old export held ~70 MB at 10,000). */
const HEAP_BOUND = 32 * 1024 * 1024;
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

let neo4j: ScratchNeo4j;
const results: Record<string, ExportResult> = {};

function dataset(entities: number): DatasetInfo {
  const out = defaultOutDir(entities, 42);
  const info = join(out, 'dataset.json');
  if (existsSync(info)) return JSON.parse(readFileSync(info, 'utf8')) as DatasetInfo;
  return generateDataset({ entities, seed: 42, out });
}

async function load(entities: number) {
  const info = dataset(entities);
  await loadSeeds(neo4j.driver, { schemaDir: SCHEMA_DIR, seedDir: info.seedDir, corpusDir: info.corpusDir });
}

async function measure(entities: number) {
  for (const format of FORMATS) {
    const everything = 'stances=asserted,denied,unclear&modalities=actual,intended,expected';
    const result = await measureExport(neo4j, `${entities}`, () => {}, `/export/${format}?${everything}`);
    results[`${format} ${entities}`] = result;
  }
}

beforeAll(async () => {
  neo4j = await startScratchNeo4j();
}, 600_000);
afterAll(async () => {
  await neo4j?.stop();
  for (const [what, r] of Object.entries(results)) {
    console.log(
      `export memory ${what} entities: ${r.status} ${MB(r.bytes ?? 0)} in ${((r.ms ?? 0) / 1000).toFixed(1)} s, ` +
        `heap ${MB(r.baselineHeap ?? 0)} → peak ${MB(r.peakHeap ?? 0)}, live peak ${MB(r.peakLiveHeap ?? 0)} ` +
        `(+${MB((r.peakLiveHeap ?? 0) - (r.baselineHeap ?? 0))}), max RSS ${MB(r.maxRss ?? 0)}`,
    );
  }
});

describe('an export streams: peak heap does not grow with the graph', () => {
  it.each(SIZES)(
    'at %i entities, JSON and GraphML stay under the bound',
    async (entities) => {
      await load(entities);
      await measure(entities);
      for (const format of FORMATS) {
        const r = results[`${format} ${entities}`]!;
        expect(r.error, `${format}`).toBeUndefined();
        expect(r.status).toBe(200);
        // The export is the size it should be: about 1 kB per entity or more in every format.
        expect(r.bytes!).toBeGreaterThan(entities * 1000);
        expect(r.peakLiveHeap! - r.baselineHeap!, `${format} at ${entities}`).toBeLessThan(HEAP_BOUND);
      }
    },
    1_800_000,
  );
});

describe('a generation deleted mid-export', () => {
  const SCOPE = parseScope(new URLSearchParams(), 'json');
  if (!SCOPE.ok) throw new Error('the default scope parses');

  async function deleteSome() {
    await neo4j.driver.executeQuery(
      `MATCH (g:GraphState {id: 'graph'}) MATCH (n:Entity) WHERE n.gen = g.current
       WITH n ORDER BY n.id DESC LIMIT 50 DETACH DELETE n`,
    );
  }

  it('fails the stream with GenerationGoneError, not a short export', async () => {
    const stream = await openExport(neo4j.driver, SCOPE.scope, { pageSize: 100 });
    let read = 0;
    const drain = async () => {
      for await (const _node of stream.nodes()) {
        if (++read === 10) await deleteSome();
      }
    };
    try {
      await expect(drain()).rejects.toBeInstanceOf(GenerationGoneError);
      await expect(drain()).rejects.toThrow(/deleted while the export ran.*run it again/);
    } finally {
      await stream.close();
    }
  }, 600_000);

  it('over HTTP cuts the body off (the connection is aborted), so the client sees an incomplete download', async () => {
    const app = createApp({
      driver: neo4j.driver,
      config: loadConfig({ NODE_ENV: 'test', QUERY_TIMEOUT_MS: '600000' }),
    });
    const server: Server = createServer(app);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/export/json?claims=exclude`);
      expect(response.status).toBe(200);
      const reader = response.body!.getReader();
      await reader.read();
      // Nothing more is read until the generation lost nodes: the server waits on the socket.
      await deleteSome();
      const rest = (async () => {
        for (;;) if ((await reader.read()).done) return 'complete';
      })();
      await expect(rest).rejects.toThrow();
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  }, 600_000);
});
