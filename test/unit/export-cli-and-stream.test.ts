// Unit tests without a database: CLI argument parsing, the endpoint's 400 answers (they come before
// any query), and that serializers stream (the first chunk of a big export comes out at once).
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../../api/src/app.ts';
import { parseCliArguments } from '../../api/src/export/cli.ts';
import type { ExportGraph } from '../../api/src/export/graph-types.ts';
import { handleExportRequest } from '../../api/src/export/http-handler.ts';
import { graphStream } from '../../api/src/export/memory-graph.ts';
import { serialize, toBytes } from '../../api/src/export/serialize.ts';
import { tinyGraph } from './export-tiny-graph.ts';

describe('CLI arguments', () => {
  it('maps kebab-case options to the endpoint parameters', () => {
    const { args, problems } = parseCliArguments([
      '--format',
      'GraphML',
      '--out=k.graphml',
      '--min-credibility',
      'alleged',
      '--stances=asserted,denied',
      '--as-of',
      '2021-08-26',
      '--types',
      'RIVAL_OF',
      '--types=CLAIMED',
    ]);
    expect(problems).toEqual([]);
    expect(args.format).toBe('graphml');
    expect(args.out).toBe('k.graphml');
    expect(args.params.toString()).toBe(
      'minCredibility=alleged&stances=asserted%2Cdenied&asOf=2021-08-26&types=RIVAL_OF&types=CLAIMED',
    );
  });

  it('names every bad argument', () => {
    const { problems } = parseCliArguments(['stray', '--focus', '--depth', '2', '--colour', 'red']);
    expect(problems.map((p) => p.parameter)).toEqual(['stray', 'focus', 'colour', 'format']);
    expect(problems[1]?.message).toBe('--focus needs a value');
  });
});

describe('export endpoint without a database', () => {
  // A driver that fails the test if used: these answers must come before any query.
  const deps = {
    driver: new Proxy({}, { get: () => expect.fail('driver used') }) as Driver,
    config: {},
  } as AppDeps;
  const get = (path: string) => handleExportRequest(new Request(`http://localhost${path}`), deps);

  it('answers an unknown format and a bad scope with 400 and the allowed values', async () => {
    const format = await get('/export/pdf');
    expect(format.status).toBe(400);
    expect((await format.json()).problems[0]).toMatchObject({
      parameter: 'format',
      allowed: ['json', 'csv', 'graphml', 'gexf', 'cypher'],
    });
    const scope = await get('/export/json?categories=Spies');
    expect(scope.status).toBe(400);
    const body = await scope.json();
    expect(body.error).toMatch(
      /^categories: unknown entity category 'Spies' \(allowed: Group, Event, Place, militant-group/,
    );
  });
});

describe('streaming', () => {
  function bigGraph(n: number): ExportGraph {
    const base = tinyGraph();
    const nodes = Array.from({ length: n }, (_, i) => ({
      id: `group-${i}`,
      labels: ['Entity', 'Group'],
      properties: { id: `group-${i}`, name: `Group ${i}`, aliases: [`G${i}`], category: 'militant-group' },
    }));
    const edges = Array.from({ length: n }, (_, i) => ({
      id: `group-${i}--rival-of--group-${(i + 1) % n}--doc-001`,
      type: 'RIVAL_OF',
      source: `group-${i}`,
      target: `group-${(i + 1) % n}`,
      properties: {
        id: `group-${i}--rival-of--group-${(i + 1) % n}--doc-001`,
        source: 'doc-001',
        quote: 'rivals',
        stance: 'asserted',
        modality: 'actual',
        credibility: 'reported',
        reliability: 'C',
      },
    }));
    return { ...base, nodes, edges };
  }

  it.each(['json', 'csv', 'graphml', 'gexf', 'cypher'] as const)(
    '%s yields bounded chunks, not one string',
    async (format) => {
      const graph = graphStream(bigGraph(20_000));
      let chunks = 0;
      let largest = 0;
      let total = 0;
      for await (const chunk of toBytes(serialize(graph, format))) {
        chunks++;
        largest = Math.max(largest, chunk.length);
        total += chunk.length;
      }
      expect(total).toBeGreaterThan(format === 'csv' ? 200_000 : 2_000_000); // the zip is deflated
      expect(chunks).toBeGreaterThan(10);
      expect(largest).toBeLessThan(512 * 1024);
    },
  );
});
