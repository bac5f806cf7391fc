// The fault tests of the reliability suite (issue 14), on one explorer run as a user runs it
// (`npm run serve`, a child process with its own embedded Neo4j, seeded at start), through one
// life so that the tests share its JVM starts: seeds under read load, the JIT's code cache after
// them, a kill -9 of the JVM under 50 clients, a frozen JVM under load, SIGTERM under load, and
// last its store corrupted. The tests run in this order and each needs the ones before it.
import { execFileSync } from 'node:child_process';
import { cpSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEADLINE_MARGIN_MS } from '../../cypher/db/deadlines.ts';
import { GENERATION_MAX_AGE_MS } from '../../cypher/db/generation-clock.ts';
import { loadSeeds } from '../../cypher/seed-loader.ts';
import { HTTP_LIMITS } from '../../api/src/http/limits.ts';
import {
  alive,
  killChildren,
  removeFolders,
  scratchFolder,
  spawnExplorer,
  startExplorer,
  until,
  type Running,
} from './explorer-child.ts';
import {
  askGraph,
  askUntilServed,
  keepAsking,
  STATS_QUERY,
  VIEWER_QUERIES,
  type Answer,
} from './explorer-requests.ts';
import { processJiffies, startLoadWindow } from './machine-load.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Long enough that reads on a machine busy with other test runs do not time out during seeds. */
const QUERY_TIMEOUT_MS = 20_000;
/**
 * The longest any request may take: a wait for a running place (503 SERVER_BUSY after it), the
 * query timeout, the Node side's margin past it, and 4 s for HTTP and GraphQL on a machine that
 * runs other tests (28.6 s was the worst seen at a load average of 16).
 */
const WORST_MS = HTTP_LIMITS.maxWaitMs + QUERY_TIMEOUT_MS + DEADLINE_MARGIN_MS + 4_000;
/** The target: serving again within 30 s of the kill. */
const SERVE_AGAIN_MS = 30_000;
/** Other processes using under a quarter of the CPUs while the explorer recovers: a quiet machine. */
const QUIET_OTHERS_SHARE = 0.25;
/**
 * On a busy machine the bound is the restarted JVM's own start, measured, plus the explorer's part
 * (the warm-up and the first answers): 10 s, stretched as much as the JVM start was stretched
 * beyond its time on a quiet machine (11.6-18 s measured).
 */
const EXPLORER_PART_MS = 10_000;
const QUIET_JVM_START_MS = 15_000;
const busyBoundMs = (jvmStartMs: number): number =>
  jvmStartMs + EXPLORER_PART_MS * Math.max(1, jvmStartMs / QUIET_JVM_START_MS);

const EXTRA_SEED = [
  "CREATE (:Entity:Group {id: 'test-extra-group', name: 'Test Extra Group', category: 'jihadist'});",
  "MATCH (a:Entity {id: 'test-extra-group'}), (b:Entity {id: 'iskp'})",
  "CREATE (a)-[:RIVAL_OF {id: 'test-extra-group--rival-of--iskp--doc-000', source: 'doc-000', quote: 'q', stance: 'asserted', modality: 'actual', credibility: 'reported', reliability: 'C'}]->(b);",
  '',
].join('\n');

let explorer: Running;
let driver: Driver;

const seconds = (ms: number): string => (ms / 1000).toFixed(1);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** JVM start times the launcher logged ("neo4j: ready at … in 12.3 s (pid …)"), in ms. */
const jvmStarts = (): number[] =>
  [...explorer.output().matchAll(/neo4j: ready at \S+ in ([\d.]+) s/g)].map((m) => Number(m[1]) * 1000);
/** The stats answer as one comparable line: node counts per label, relationships per type. */
const countsOf = (answer: Answer): string => JSON.stringify(answer.data);
/** Codes that a failed request may carry: the database unavailable, or every running place taken. */
const CODED_503 = ['SERVICE_UNAVAILABLE', 'SERVER_BUSY'];
const describeCodes = (answers: Answer[]): string =>
  JSON.stringify(
    Object.fromEntries(
      [...new Set(answers.map((a) => a.code ?? 'data'))].map((c) => [
        c,
        answers.filter((a) => (a.code ?? 'data') === c).length,
      ]),
    ),
  );

beforeAll(async () => {
  explorer = await startExplorer({
    QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
    // All clients here come from 127.0.0.1: one address may not stand for 50 users otherwise.
    MAX_IN_FLIGHT_PER_CLIENT: '1000',
    // The seed test loads into the explorer's Neo4j with the password it prints.
    KG_SHOW_NEO4J_PASSWORD: 'true',
    // These tests measure Neo4j's faults and recovery: answers the API kept for the generation
    // (cypher/db/cached-runner.ts) would answer the clients' repeated questions for 0.1 s after a
    // kill and hide what is measured. Every request here goes to Neo4j.
    KG_RESULT_CACHE_MB: '0',
  });
  const line = /Neo4j Bolt for your own tools: (bolt:\/\/\S+) user neo4j password (\S+)/.exec(
    explorer.output(),
  )!;
  driver = neo4j.driver(line[1]!, neo4j.auth.basic('neo4j', line[2]!));
  await askUntilServed(explorer.url);
}, 400_000);

afterEach(({ task }) => {
  if (task.result?.state === 'fail')
    console.error(`the explorer's output, last 4,000 characters:\n${explorer?.output().slice(-4000)}`);
});

afterAll(async () => {
  await driver?.close();
  killChildren();
  removeFolders();
});

describe('the explorer through faults', () => {
  it('answers every read during 4 seeds in a row, each from the old graph or the new one (finding 2)', async () => {
    const work = scratchFolder();
    const plain = join(work, 'plain');
    const extra = join(work, 'extra');
    cpSync(join(ROOT, 'cypher/seed'), plain, { recursive: true });
    cpSync(join(ROOT, 'cypher/seed'), extra, { recursive: true });
    writeFileSync(join(extra, '99-extra.cypher'), EXTRA_SEED);
    const seed = (seedDir: string) =>
      loadSeeds(driver, { schemaDir: join(ROOT, 'cypher/schema'), seedDir, retireAfterMs: 3_000 });

    const graphs = new Set<string>();
    graphs.add(countsOf(await askGraph(explorer.url)));
    const load = keepAsking(explorer.url, 4, { queries: [STATS_QUERY, ...VIEWER_QUERIES] });
    try {
      for (const seedDir of [extra, plain, extra, plain]) {
        await seed(seedDir);
        // This process loaded it, not the explorer: the explorer reads the pointer again at most
        // GENERATION_MAX_AGE_MS later (cypher/db/generation-clock.ts), and the four clients keep its
        // reading fresh, so a question asked at once can still get the graph before the switch.
        await new Promise((done) => setTimeout(done, GENERATION_MAX_AGE_MS + 50));
        graphs.add(countsOf(await askGraph(explorer.url)));
      }
    } finally {
      await load.stop();
    }
    const failed = load.answers.filter((a) => a.code !== undefined);
    const counted = new Set(
      load.answers.filter((a) => a.code === undefined && 'stats' in (a.data as object)).map(countsOf),
    );
    console.info(
      `seeds under read load: ${load.answers.length} answers ${describeCodes(load.answers)}, ` +
        `${counted.size} different counts seen`,
    );
    expect(failed).toEqual([]);
    expect(graphs.size).toBe(2);
    expect([...counted].every((counts) => graphs.has(counts))).toBe(true);
    expect(load.answers.length).toBeGreaterThan(20);
  }, 300_000);

  it("reserves the JIT's code cache for the compiler in use, which stays on after the seeds (finding 10)", () => {
    const pid = explorer.jvmPid();
    const flags = execFileSync('jcmd', [String(pid), 'VM.flags', '-all'], { encoding: 'utf8' });
    const flag = (name: string): string => {
      const match = new RegExp(`\\s${name}\\s+=\\s+(\\S+)`).exec(flags);
      if (!match) throw new Error(`jcmd ${pid} VM.flags shows no ${name}`);
      return match[1]!;
    };
    const reservedMiB = Number(flag('ReservedCodeCacheSize')) / 2 ** 20;
    const mode =
      flag('TieredCompilation') === 'false'
        ? 'C2 only'
        : Number(flag('TieredStopAtLevel')) < 4
          ? 'C1 only (TieredStopAtLevel < 4)'
          : 'tiered C1 + C2';
    const cache = execFileSync('jcmd', [String(pid), 'Compiler.codecache'], { encoding: 'utf8' });
    const usedKb = Number(/max_used=(\d+)Kb/.exec(cache)?.[1]);
    console.info(
      `code cache: ${mode}, ${reservedMiB} MiB reserved, ${Math.round(usedKb / 1024)} MiB used at most ` +
        `after a start, 5 seeds and their reads`,
    );
    // HotSpot reserves 240 MiB for tiered compilation, and only 48 MiB when C1 runs alone, which a
    // long session filled ("CodeCache is full. Compiler has been disabled"): whatever the JIT
    // mode, the launcher must reserve the tiered size.
    expect(reservedMiB).toBeGreaterThanOrEqual(240);
    expect(cache).toContain('compilation: enabled');
    expect(cache).toMatch(/full_count=0\b/);
    expect(usedKb / 1024).toBeLessThan(reservedMiB / 2);
  }, 60_000);

  it(
    'keeps 50 clients answered for 60 s through a kill -9 of its JVM: coded 503s only, no hang, ' +
      'serving again within 30 s, same graph, no new seed (finding 4)',
    async () => {
      const before = await askGraph(explorer.url);
      expect(before.code).toBeUndefined();
      const firstJvm = explorer.jvmPid();
      const startsBefore = jvmStarts().length;
      const loadBefore = loadavg();
      const began = Date.now();
      const load = keepAsking(explorer.url, 50, { queries: VIEWER_QUERIES, pauseAfterFailureMs: 500 });
      await sleep(20_000);

      const ours = [process.pid, explorer.child.pid!].map((pid) => ({ pid, atStart: processJiffies(pid) }));
      const window = startLoadWindow();
      const killedAt = Date.now();
      process.kill(firstJvm, 'SIGKILL');
      const servedAgain = (): Answer | undefined =>
        load.answers.find((a) => a.code === undefined && a.sentAt > killedAt);
      await until('a 200 with data after the kill', () => servedAgain() !== undefined, 240_000);
      const servedAfterMs = servedAgain()!.doneAt - killedAt;
      const others = window.end([...ours, { pid: explorer.jvmPid(), atStart: 0 }]);
      // 60 s of load in all, and at least 10 s of it after serving again.
      await sleep(Math.max(began + 60_000, Date.now() + 10_000) - Date.now());
      const answers = await load.stop();

      const restartJvmMs = jvmStarts().at(-1)!;
      const switchedAfter = /serving again at \S+ \(pid \d+\), ([\d.]+) s after the JVM died/.exec(
        explorer.output(),
      )?.[1];
      const quiet = others.othersShare < QUIET_OTHERS_SHARE;
      const boundMs = quiet ? SERVE_AGAIN_MS : Math.max(SERVE_AGAIN_MS, busyBoundMs(restartJvmMs));
      const failures = answers.filter((a) => a.code !== undefined);
      const worstMs = Math.max(...answers.map((a) => a.ms));
      console.info(
        `kill -9 under 50 clients: first 200 ${seconds(servedAfterMs)} s after the kill; the new JVM ` +
          `started in ${seconds(restartJvmMs)} s (the first in ${seconds(jvmStarts()[0]!)} s), queries went ` +
          `to it ${switchedAfter} s after the kill; other ` +
          `processes used ${Math.round(others.othersShare * 100)}% of ${availableParallelism()} CPUs ` +
          `meanwhile, load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before and ` +
          `${others.loadAverage.map((l) => l.toFixed(2)).join(' ')} after: ${quiet ? 'quiet' : 'busy'} ` +
          `machine, bound ${seconds(boundMs)} s. ${answers.length} answers in ${seconds(Date.now() - began)} s ` +
          `${describeCodes(answers)}, worst ${Math.round(worstMs)} ms`,
      );

      // The explorer itself lived through it, with a new JVM of its own.
      expect(explorer.child.exitCode).toBeNull();
      expect(explorer.jvmPid()).not.toBe(firstJvm);
      expect(alive(explorer.jvmPid())).toBe(true);
      expect(jvmStarts()).toHaveLength(startsBefore + 1);
      const afterKill = explorer.output().split(`(pid ${firstJvm}) was killed by SIGKILL`)[1] ?? '';
      expect(afterKill).toContain('neo4j: restarting now (try 1)');
      // The store still holds the current generation: no seed after the crash, the same graph.
      expect(afterKill).not.toContain('seed:');
      const after = await askGraph(explorer.url);
      expect(countsOf(after)).toBe(countsOf(before));
      // Every failed request was a coded 503, none hung, and the JVM was down for real.
      for (const failure of failures) {
        expect(CODED_503).toContain(failure.code);
        expect([200, 503]).toContain(failure.status);
      }
      expect(failures.map((a) => a.code)).toContain('SERVICE_UNAVAILABLE');
      expect(worstMs).toBeLessThan(WORST_MS);
      expect(servedAfterMs).toBeLessThan(boundMs);
    },
    400_000,
  );

  it('ends every request within the query timeout plus the margin while the JVM is frozen under load (finding 5)', async () => {
    const pid = explorer.jvmPid();
    const load = keepAsking(explorer.url, 20, { queries: VIEWER_QUERIES, pauseAfterFailureMs: 500 });
    await sleep(2_000);
    const frozenAt = Date.now();
    process.kill(pid, 'SIGSTOP');
    try {
      await sleep(QUERY_TIMEOUT_MS + DEADLINE_MARGIN_MS + 3_000);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await sleep(2_000);
    const answers = await load.stop();
    // In flight at the freeze or sent during it.
    const duringFreeze = answers.filter((a) => a.doneAt > frozenAt && a.sentAt < frozenAt + QUERY_TIMEOUT_MS);
    const failures = answers.filter((a) => a.code !== undefined);
    const worstMs = Math.max(...answers.map((a) => a.ms));
    console.info(
      `SIGSTOP under 20 clients: ${answers.length} answers ${describeCodes(answers)}, worst ${Math.round(worstMs)} ms`,
    );
    for (const failure of failures) expect(CODED_503).toContain(failure.code);
    expect(duringFreeze.map((a) => a.code)).toContain('SERVICE_UNAVAILABLE');
    expect(worstMs).toBeLessThan(WORST_MS);
    await askUntilServed(explorer.url, 30_000);
  }, 200_000);

  it('answers the requests in flight after SIGTERM, refuses new ones, and leaves no JVM (finding 3)', async () => {
    await askUntilServed(explorer.url);
    const jvm = explorer.jvmPid();
    // Freezing the JVM keeps 10 requests in flight for as long as the test needs. Not before the
    // generation reading of the request just answered has aged: while it is fresh, a question
    // asked before (askUntilServed's) is answered from the result cache without Neo4j.
    process.kill(jvm, 'SIGSTOP');
    let thawed = false;
    try {
      await sleep(GENERATION_MAX_AGE_MS * 2);
      const inFlight = Array.from({ length: 10 }, (_unused, i) =>
        askGraph(explorer.url, VIEWER_QUERIES[i % VIEWER_QUERIES.length]),
      );
      await sleep(500);
      explorer.child.kill('SIGTERM');
      await until(
        'the shutdown to wait for the requests',
        () => /waiting up to 10 s for 10 request\(s\) in flight/.test(explorer.output()),
        10_000,
      );
      await expect(fetch(new URL('healthz', explorer.url))).rejects.toThrow();
      process.kill(jvm, 'SIGCONT');
      thawed = true;
      const answers = await Promise.all(inFlight);
      console.info(`SIGTERM with 10 requests in flight: ${describeCodes(answers)}`);
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(answer.code).toBeUndefined();
      }
    } finally {
      if (!thawed) process.kill(jvm, 'SIGCONT');
    }
    expect(await explorer.exit).toEqual({ code: 0, signal: null });
    await until(`JVM pid ${jvm} to exit`, () => !alive(jvm), 15_000);
    expect(explorer.output()).toContain('stopping (SIGTERM)');
    expect(explorer.output()).not.toContain('cut off');
  }, 120_000);

  it('stops the start on a corrupted store quickly, with the cause, the folder and the way out (finding 7)', async () => {
    const home = join(explorer.dataDir, 'neo4j');
    truncateSync(join(home, 'data/databases/neo4j/neostore'), 100);
    const started = Date.now();
    const broken = spawnExplorer({ KG_SEED: 'false' }, { dataDir: explorer.dataDir });
    expect((await broken.exit).code).toBe(1);
    const tookMs = Date.now() - started;
    const output = broken.output();
    expect(output).toContain(
      `Neo4j could not open its database "neo4j" in ${home}: Failed to read current store version`,
    );
    expect(output).toContain(`move the folder away (mv ${home} ${home}.broken)`);
    expect(output).toContain(`Neo4j's log: ${join(home, 'logs/debug.log')}`);
    expect(output).not.toContain('no ready line');
    console.info(`corrupted store: refused after ${seconds(tookMs)} s (the old wait was 120 s, silent)`);
    // The JVM's start takes most of it: ~12 s on a quiet machine, up to ~50 s measured under load.
    expect(tookMs).toBeLessThan(100_000);
  }, 200_000);
});
