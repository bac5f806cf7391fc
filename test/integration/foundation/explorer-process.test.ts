// The explorer as a user runs it (`npm run serve`), as a child process with its own data folder
// and free ports: it serves /healthz, and its embedded JVM never outlives it, whether it is
// stopped with SIGTERM, killed with SIGKILL, or the JVM itself dies.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const folders: string[] = [];
const children: ChildProcess[] = [];

interface Running {
  child: ChildProcess;
  url: string;
  jvmPid: number;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A pid is gone when no process has it or it is a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  try {
    return readFileSync(stat, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

async function until(what: string, test: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

function spawnExplorer(
  env: Record<string, string>,
  options: { ownGroup?: boolean } = {},
): {
  child: ChildProcess;
  output: () => string;
  exit: Running['exit'];
} {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-explorer-test-'));
  folders.push(dataDir);
  const { NEO4J_URI: _uri, NEO4J_PASSWORD: _password, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'api/src/index.ts')], {
    cwd: ROOT,
    env: {
      ...inherited,
      KG_DATA_DIR: dataDir,
      PORT: '0',
      KG_BOLT_PORT: '0',
      KG_NEO4J_HEAP_MB: '256',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, like a terminal job, so a test can Ctrl-C the whole group.
    detached: options.ownGroup ?? false,
  });
  children.push(child);
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  return { child, output: () => text, exit };
}

async function startExplorer(env: Record<string, string> = {}, ownGroup = false): Promise<Running> {
  const { child, output, exit } = spawnExplorer(env, { ownGroup });
  let exited = false;
  void exit.then(() => (exited = true));
  await until(
    'the explorer URL line',
    () => {
      if (exited) throw new Error(`the explorer exited during start-up:\n${output()}`);
      return /explorer on http:\/\/\S+/.test(output());
    },
    200_000,
  );
  const url = /Khorasan Graph explorer on (http:\/\/\S+)/.exec(output())![1]!;
  const jvmPid = Number(/neo4j: ready at bolt:\/\/\S+ in [\d.]+ s \(pid (\d+)\)/.exec(output())![1]);
  return { child, url, jvmPid, output, exit };
}

afterEach(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('the explorer process', () => {
  it('starts Neo4j, seeds, answers /healthz, and leaves no JVM after SIGTERM', async () => {
    const explorer = await startExplorer();
    expect(explorer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(alive(explorer.jvmPid)).toBe(true);
    const response = await fetch(new URL('healthz', explorer.url));
    expect(response.status).toBe(200);
    const health = (await response.json()) as { status: string; graph?: { entities: number } };
    expect(health.status).toBe('ok');
    expect(health.graph?.entities).toBeGreaterThan(0);
    expect(explorer.output()).toMatch(/seed: loaded \d+ nodes and \d+ relationships/);

    explorer.child.kill('SIGTERM');
    expect(await explorer.exit).toEqual({ code: 0, signal: null });
    await until(`JVM pid ${explorer.jvmPid} to exit`, () => !alive(explorer.jvmPid), 15_000);
    expect(explorer.output()).toContain('stopping (SIGTERM)');
  }, 240_000);

  it('leaves no JVM when the Node process is killed with SIGKILL (the JVM sees its stdin close)', async () => {
    const explorer = await startExplorer({ KG_SEED: 'false' });
    expect(alive(explorer.jvmPid)).toBe(true);
    explorer.child.kill('SIGKILL');
    expect((await explorer.exit).signal).toBe('SIGKILL');
    await until(
      `JVM pid ${explorer.jvmPid} to exit after its parent was killed`,
      () => !alive(explorer.jvmPid),
      20_000,
    );
  }, 240_000);

  it('stops in order on Ctrl-C (SIGINT to the whole process group) and leaves no JVM', async () => {
    const explorer = await startExplorer({ KG_SEED: 'false' }, true);
    process.kill(-explorer.child.pid!, 'SIGINT');
    expect(await explorer.exit).toEqual({ code: 0, signal: null });
    expect(explorer.output()).toContain('stopping (SIGINT)');
    expect(explorer.output()).not.toContain('the embedded Neo4j (pid');
    await until(`JVM pid ${explorer.jvmPid} to exit`, () => !alive(explorer.jvmPid), 15_000);
  }, 240_000);

  it('stops with exit code 1 and says so when the embedded Neo4j dies', async () => {
    const explorer = await startExplorer({ KG_SEED: 'false' });
    process.kill(explorer.jvmPid, 'SIGKILL');
    expect((await explorer.exit).code).toBe(1);
    expect(explorer.output()).toContain(`the embedded Neo4j (pid ${explorer.jvmPid}) was killed by SIGKILL`);
  }, 240_000);

  it('refuses a bad setting at once with one line naming it, starting nothing', async () => {
    const { output, exit } = spawnExplorer({ NEO4J_URI: 'http://localhost:7474' });
    expect((await exit).code).toBe(2);
    expect(output().trim()).toBe(
      'configuration error: NEO4J_URI="http://localhost:7474" is not valid: the scheme must be one of ' +
        'bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://',
    );
  }, 60_000);

  it('names the URI when NEO4J_URI points at no server', async () => {
    const { output, exit } = spawnExplorer({ NEO4J_URI: 'bolt://127.0.0.1:1', KG_SEED: 'false' });
    expect((await exit).code).toBe(1);
    expect(output()).toContain('cannot use Neo4j database "neo4j" at bolt://127.0.0.1:1');
  }, 90_000);
});
