// cypher/COVERAGE.md and cypher/AUDIT.md stay in step with the seeds: every relationship and claim
// id appears in COVERAGE.md and has exactly one row in AUDIT.md, and every id they name as a
// current fact exists, so a fact added, renamed or removed without its audit line is caught.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../cypher/corpus/read-corpus.ts';
import { CORPUS_DIR } from '../../cypher/paths.ts';
import { buildIndex } from '../../cypher/validate/graph-index.ts';
import { loadSeeds } from '../../cypher/validate/load-seeds.ts';

const cypherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

let factIds: string[];
let nodeIds: Set<string>;

beforeAll(async () => {
  const index = buildIndex(await loadSeeds(path.join(cypherDir, 'seed')), readCorpus(CORPUS_DIR));
  factIds = [...index.relationships, ...index.claims].map((s) => String(s.props.id));
  nodeIds = new Set(index.nodes.map((n) => String(n.props.id)));
});

describe('cypher/COVERAGE.md', () => {
  it('names every fact of the seed files, and only those', async () => {
    const coverage = await readFile(path.join(cypherDir, 'COVERAGE.md'), 'utf8');
    const named = new Set([...coverage.matchAll(/`([a-z0-9][a-z0-9-]*[a-z0-9])`/g)].map((m) => m[1]!));

    expect(factIds.filter((id) => !named.has(id))).toEqual([]);
    const unknown = [...named].filter((id) => id.includes('--') && !factIds.includes(id) && !nodeIds.has(id));
    expect(unknown).toEqual([]);
  });
});

interface AuditRow {
  id: string;
  status: string;
  line: number;
}

/** The audit's fact rows: a table row with a cell that is one fact id and a cell that is a status. */
function auditRows(text: string): AuditRow[] {
  const rows: AuditRow[] = [];
  text.split('\n').forEach((row, i) => {
    if (!row.startsWith('|')) return;
    const cells = row.split('|').map((c) => c.trim());
    const id = cells.map((c) => /^`([a-z0-9-]+--[a-z0-9-]+)`$/.exec(c)?.[1]).find((c) => c !== undefined);
    const status = cells.find((c) => ['kept', 'changed', 'added', 'removed'].includes(c));
    if (id !== undefined && status !== undefined) rows.push({ id, status, line: i + 1 });
  });
  return rows;
}

const readAudit = async (): Promise<AuditRow[]> =>
  auditRows(await readFile(path.join(cypherDir, 'AUDIT.md'), 'utf8'));

describe('cypher/AUDIT.md', () => {
  it('has exactly one row for every fact of the seed files', async () => {
    const count = new Map<string, number>();
    for (const r of await readAudit()) count.set(r.id, (count.get(r.id) ?? 0) + 1);
    expect(factIds.filter((id) => !count.has(id))).toEqual([]);
    expect([...count].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });

  it('says kept, changed or added only of facts that exist, and removed only of facts that do not', async () => {
    const rows = await readAudit();
    const current = new Set(factIds);
    const stale = rows.filter((r) => r.status !== 'removed' && !current.has(r.id));
    expect(stale.map((r) => `AUDIT.md:${r.line}: ${r.status} ${r.id}`)).toEqual([]);
    const notRemoved = rows.filter((r) => r.status === 'removed' && current.has(r.id));
    expect(notRemoved.map((r) => `AUDIT.md:${r.line}: removed ${r.id}`)).toEqual([]);
  });
});
