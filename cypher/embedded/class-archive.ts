// The JVM's class-data archive for the embedded Neo4j (JDK 17's dynamic AppCDS archive): the
// classes a start loads, recorded once per build and Java by one training start, then mapped by
// every later start instead of parsed and verified again. Optional: without it starts work as before.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { EmbeddedBuild } from './build.ts';
import { jvmArgs, launchArgs } from './jvm-options.ts';

const PREFIX = 'neo4j-classes-';
/** A training start that is not ready and gone by then has failed (it takes ~40 s on a busy machine). */
const TRAINING_MS = 300_000;
/** A lock older than this was left by a process that died while recording. */
const STALE_LOCK_MS = 15 * 60_000;

/**
 * The archive's file for this build and this Java. The JVM refuses an archive whose classpath
 * jars changed (size, time), so the name covers each jar's size and time and the Java's version:
 * a rebuild or a new JDK gets a new archive instead of a refused one.
 */
export function classArchivePath(build: EmbeddedBuild): string {
  const hash = createHash('sha256').update(build.javaVersion).update('\0').update(build.mainClass);
  for (const entry of build.classpath.split(delimiter)) {
    const stat = statSync(entry, { throwIfNoEntry: false });
    hash.update(`\0${entry}\0${stat?.size ?? -1}\0${stat?.mtimeMs ?? -1}`);
  }
  return join(build.targetDir, `${PREFIX}${hash.digest('hex').slice(0, 16)}.jsa`);
}

/** The JVM options that map the archive, when this build has one. */
export function classArchiveArgs(build: EmbeddedBuild): string[] {
  return mapArgs(classArchivePath(build));
}

const mapArgs = (archive: string): string[] =>
  existsSync(archive) ? [`-XX:SharedArchiveFile=${archive}`] : [];

/**
 * Records the archive when this build has none yet (and recording it has not failed before):
 * starts Neo4j once on a scratch folder with -XX:ArchiveClassesAtExit, waits for it to be ready,
 * closes its stdin (it then exits, writing the archive), and moves the archive into place. When
 * another process is recording it, returns at once: that start goes without. Never throws.
 * Resolves with the JVM options that map the archive (none when there is none).
 */
export async function ensureClassArchive(
  build: EmbeddedBuild,
  onProgress: (line: string) => void,
): Promise<string[]> {
  // Named once per start: the name stats every jar of the classpath.
  const archive = classArchivePath(build);
  await recordClassArchive(build, archive, onProgress);
  return mapArgs(archive);
}

async function recordClassArchive(
  build: EmbeddedBuild,
  archive: string,
  onProgress: (line: string) => void,
): Promise<void> {
  const failedMarker = archive.replace(/\.jsa$/, '.failed');
  if (existsSync(archive) || existsSync(failedMarker)) return;
  const lockDir = join(build.targetDir, '.class-archive-lock');
  if (!takeLock(lockDir)) return;
  const started = Date.now();
  const partial = `${archive}.partial-${process.pid}`;
  let scratch: string | undefined;
  try {
    scratch = mkdtempSync(join(tmpdir(), 'kg-class-archive-'));
    onProgress(
      'neo4j: recording the classes Neo4j loads at start (once per build, ~30 s; later starts are sooner)',
    );
    const failure = await trainingStart(build, scratch, partial);
    if (failure === undefined && existsSync(partial) && statSync(partial).size > 0) {
      renameSync(partial, archive);
      removeOtherArchives(build.targetDir, archive);
      onProgress(`neo4j: class-data archive recorded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } else {
      const why = failure ?? 'the JVM wrote no archive';
      // Remembered, so that every later start does not pay for the same failure again.
      writeFileSync(failedMarker, `${why}\n`);
      onProgress(`neo4j: no class-data archive (${why}); starts go without it`);
    }
  } catch (error) {
    onProgress(`neo4j: no class-data archive (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    rmSync(partial, { force: true });
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** One recording at a time across processes; false when another holds it (and is not stale). */
function takeLock(lockDir: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(lockDir);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
      const age = Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age < STALE_LOCK_MS) return false;
      rmSync(lockDir, { recursive: true, force: true });
    }
  }
  return false;
}

/** Archives of earlier builds or Javas (100+ MB each) are not kept. */
function removeOtherArchives(targetDir: string, keep: string): void {
  for (const name of readdirSync(targetDir)) {
    const path = join(targetDir, name);
    if (name.startsWith(PREFIX) && path !== keep && !name.includes('.partial-'))
      rmSync(path, { force: true });
  }
}

/** Runs the training start; resolves with why it failed, or undefined when the JVM exited cleanly. */
function trainingStart(build: EmbeddedBuild, dataDir: string, archive: string): Promise<string | undefined> {
  const child = spawn(
    build.java,
    [
      ...jvmArgs(256, 'quick'),
      `-XX:ArchiveClassesAtExit=${archive}`,
      ...launchArgs(build, { dataDir, port: 0, pagecacheMb: 16 }),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  return new Promise((settle) => {
    let ready = false;
    let buffered = '';
    const lastErrors: string[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle(`the training start took over ${TRAINING_MS / 1000} s`);
    }, TRAINING_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      settle(`could not run ${build.java}: ${error.message}`);
    });
    child.stdin.on('error', () => {});
    child.stdin.write(`${randomBytes(24).toString('base64')}\n`);
    child.stderr.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.startsWith('NEO4J_ERROR')) lastErrors.push(line.slice('NEO4J_ERROR '.length));
      }
    });
    // The JVM logs each class it cannot archive on stdout; only the ready line matters here.
    child.stdout.on('data', (chunk: Buffer) => {
      buffered = (buffered + chunk.toString('utf8')).slice(-4096);
      if (!ready && /^NEO4J_READY /m.test(buffered)) {
        ready = true;
        // End of input is the JVM's signal to stop (EmbeddedNeo4j.watchStdin); it exits with 0
        // and writes the archive on the way out.
        child.stdin.end();
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (!ready)
        settle(
          `the training start ended before it was ready${lastErrors.length ? `: ${lastErrors.join('; ')}` : ''}`,
        );
      else if (code !== 0) settle(`the training start exited with ${signal ?? `code ${code}`}`);
      else settle(undefined);
    });
  });
}
