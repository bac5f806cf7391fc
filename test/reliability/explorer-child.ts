// Runs the explorer as a user does (`npm run serve`), as a child process with its own data folder
// and free ports, for the process-level tests: start it, read its log, find its JVM, stop it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const folders: string[] = [];
const children: ChildProcess[] = [];

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Spawned {
  child: ChildProcess;
  dataDir: string;
  output: () => string;
  exit: Promise<ChildExit>;
}

export interface Running extends Spawned {
  url: string;
  /** The JVM now serving (the last "ready" line: a restart prints a new one). */
  jvmPid: () => number;
}

/** A pid is gone when no process has it or it is a zombie waiting to be reaped. */
export function alive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  try {
    return readFileSync(stat, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

export async function until(what: string, test: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** A new empty folder, removed by cleanUp(). */
export function scratchFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-explorer-test-'));
  folders.push(dir);
  return dir;
}

export function spawnExplorer(
  env: Record<string, string>,
  options: { ownGroup?: boolean; dataDir?: string } = {},
): Spawned {
  const dataDir = options.dataDir ?? scratchFolder();
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
  const exit = new Promise<ChildExit>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  return { child, dataDir, output: () => text, exit };
}

const READY = /neo4j: ready at bolt:\/\/\S+ in [\d.]+ s \(pid (\d+)\)/g;

export async function startExplorer(
  env: Record<string, string> = {},
  options: { ownGroup?: boolean; dataDir?: string } = {},
): Promise<Running> {
  const spawned = spawnExplorer(env, options);
  let exited = false;
  void spawned.exit.then(() => (exited = true));
  await until(
    'the explorer URL line',
    () => {
      if (exited) throw new Error(`the explorer exited during start-up:\n${spawned.output()}`);
      return /explorer on http:\/\/\S+/.test(spawned.output());
    },
    280_000,
  );
  const url = /Khorasan Graph explorer on (http:\/\/\S+)/.exec(spawned.output())![1]!;
  const jvmPid = (): number => Number([...spawned.output().matchAll(READY)].at(-1)![1]);
  return { ...spawned, url, jvmPid };
}

/** Kills what is still running (the JVMs follow, seeing their stdin close). */
export function killChildren(): void {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export function removeFolders(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}
