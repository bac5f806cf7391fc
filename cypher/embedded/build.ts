// Builds the embedded Neo4j launcher (the Maven project beside this file) on first use and skips
// the build while pom.xml and the Java sources are unchanged. Streams short progress lines.
import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EMBEDDED_DIR = dirname(fileURLToPath(import.meta.url));
const TARGET_DIR = join(EMBEDDED_DIR, 'target');
/** Our classes, packed: the JVM's class-data archive takes jars only (class-archive.ts). */
const LAUNCHER_JAR = join(TARGET_DIR, 'khorasan-embedded.jar');
const CLASSPATH_FILE = join(TARGET_DIR, 'classpath.txt');
const STAMP_FILE = join(TARGET_DIR, 'build-stamp.txt');
const LOCK_DIR = join(TARGET_DIR, '.build-lock');
const STALE_LOCK_MS = 15 * 60_000;
export const MAIN_CLASS = 'khorasan.embedded.EmbeddedNeo4j';

/** What `java` needs to start the embedded server. */
export interface EmbeddedBuild {
  /** The `java` executable (from JAVA_HOME when set, else PATH). */
  java: string;
  /** Full classpath: the launcher's jar, then every Neo4j jar. */
  classpath: string;
  mainClass: string;
  /** Where the build's outputs live (the class-data archive goes beside them). */
  targetDir: string;
  /** What `java -version` printed: a new Java needs a new class-data archive. */
  javaVersion: string;
}

export interface BuildOptions {
  onProgress?: (line: string) => void;
  /** Rebuild even when the stamp says the build is current. */
  force?: boolean;
}

/** A missing tool or a failed Maven run; the message is one line saying what to do. */
export class EmbeddedBuildError extends Error {
  override name = 'EmbeddedBuildError';
}

/** The `java` executable to use: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java`. */
export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Fails with one line naming what to install when Java 17+ is missing. */
export function checkJava(java = javaExecutable()): number {
  return inspectJava(java).major;
}

/** The Java's major version and its whole `java -version` text; throws like checkJava. */
function inspectJava(java: string): { major: number; text: string } {
  const run = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (run.error) {
    throw new EmbeddedBuildError(
      `Java 17 or newer is needed for the embedded Neo4j but \`${java}\` was not found: install a JDK 17 ` +
        `(e.g. apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to use a running Neo4j server.`,
    );
  }
  const text = `${run.stderr}${run.stdout}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (!(major >= 17)) {
    const found = match ? `Java ${major}` : `an unknown Java (${text.split('\n')[0]?.trim()})`;
    throw new EmbeddedBuildError(
      `Neo4j 5.26 needs Java 17 or newer but \`${java}\` is ${found}: install a JDK 17 ` +
        `(e.g. apt-get install openjdk-17-jdk-headless) or point JAVA_HOME at one.`,
    );
  }
  return { major, text };
}

function checkMaven(): void {
  const run = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new EmbeddedBuildError(
      'Maven is needed once to build the embedded Neo4j but `mvn` was not found: install Maven 3.8+ ' +
        '(e.g. apt-get install maven) or set NEO4J_URI to use a running Neo4j server.',
    );
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** Hash of everything the build depends on: pom.xml and the Java sources. */
function sourceStamp(): string {
  const hash = createHash('sha256');
  const files = [join(EMBEDDED_DIR, 'pom.xml'), ...listFiles(join(EMBEDDED_DIR, 'src')).sort()];
  for (const file of files) {
    hash.update(relative(EMBEDDED_DIR, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function readClasspath(): string[] | undefined {
  if (!existsSync(CLASSPATH_FILE)) return undefined;
  const jars = readFileSync(CLASSPATH_FILE, 'utf8').trim().split(delimiter).filter(Boolean);
  // A cleared Maven cache leaves a current stamp but missing jars: rebuild then.
  return jars.length > 0 && jars.every((jar) => existsSync(jar)) ? jars : undefined;
}

/** True when the compiled launcher matches the sources and every jar it needs is present. */
export function isBuildCurrent(): boolean {
  if (!existsSync(STAMP_FILE) || !existsSync(LAUNCHER_JAR)) {
    return false;
  }
  return readFileSync(STAMP_FILE, 'utf8').trim() === sourceStamp() && readClasspath() !== undefined;
}

/** Runs Maven, turning its log into a progress line per plugin goal and per batch of downloads. */
async function runMaven(onProgress: (line: string) => void): Promise<void> {
  const started = Date.now();
  // Batch mode logs one "Downloaded from" line per artifact, which the progress lines count.
  const child = spawn('mvn', ['-B', '-Dstyle.color=never', 'process-classes', 'jar:jar'], {
    cwd: EMBEDDED_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  let downloads = 0;
  let lastReported = 0;
  let lastReportAt = 0;
  let buffered = '';
  const onLine = (line: string): void => {
    tail.push(line);
    if (tail.length > 25) tail.shift();
    if (/\bDownloaded from\b/.test(line)) {
      downloads++;
      const now = Date.now();
      if (downloads - lastReported >= 25 || now - lastReportAt > 3000) {
        onProgress(`neo4j build: ${downloads} artifacts downloaded (first build only)`);
        lastReported = downloads;
        lastReportAt = now;
      }
      return;
    }
    const goal = /--- (?:maven-)?([\w-]+?)(?:-plugin)?:[\w.-]+:([\w-]+) (?:\([\w-]+\) )?@/.exec(line);
    if (goal) onProgress(`neo4j build: ${goal[1]}:${goal[2]}`);
  };
  const feed = (chunk: Buffer): void => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) onLine(line.trimEnd());
  };
  child.stdout.on('data', feed);
  child.stderr.on('data', feed);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (buffered) onLine(buffered);
  if (code !== 0) {
    const errors = tail.filter((line) => line.startsWith('[ERROR]')).slice(0, 3);
    throw new EmbeddedBuildError(
      `Maven failed to build the embedded Neo4j (exit ${code}) in ${EMBEDDED_DIR}: ` +
        (errors.length > 0 ? errors.join(' ') : tail.slice(-5).join(' ')),
    );
  }
  if (downloads > lastReported) onProgress(`neo4j build: ${downloads} artifacts downloaded`);
  onProgress(`neo4j build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** One build at a time across processes (`npm start` and `npm run seed` started together). */
async function takeBuildLock(onProgress: (line: string) => void): Promise<() => void> {
  mkdirSync(TARGET_DIR, { recursive: true });
  let waiting = false;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      return () => rmSync(LOCK_DIR, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // A lock left by a killed build would block every later start: take it over when old.
    const age = Date.now() - (statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > STALE_LOCK_MS) {
      rmSync(LOCK_DIR, { recursive: true, force: true });
      continue;
    }
    if (!waiting) onProgress(`neo4j build: waiting for another build to finish (${LOCK_DIR})`);
    waiting = true;
    await new Promise((done) => setTimeout(done, 500));
  }
}

/**
 * Returns how to start the embedded Neo4j, building it first when the sources changed or it was
 * never built. Throws EmbeddedBuildError (one line) when Java or Maven is missing.
 */
export async function ensureEmbeddedBuilt(options: BuildOptions = {}): Promise<EmbeddedBuild> {
  const onProgress = options.onProgress ?? (() => {});
  const java = javaExecutable();
  const { text: javaVersion } = inspectJava(java);
  if (options.force || !isBuildCurrent()) {
    checkMaven();
    const release = await takeBuildLock(onProgress);
    try {
      // Another process may have built it while we waited for the lock.
      if (options.force || !isBuildCurrent()) {
        onProgress('neo4j build: building the embedded Neo4j 5.26 launcher with Maven (once)');
        const stamp = sourceStamp();
        await runMaven(onProgress);
        writeFileSync(STAMP_FILE, `${stamp}\n`);
      }
    } finally {
      release();
    }
  }
  const jars = readClasspath();
  if (!jars) {
    throw new EmbeddedBuildError(
      `the Maven build did not write a usable ${CLASSPATH_FILE}; run npm run neo4j:build`,
    );
  }
  return {
    java,
    classpath: [LAUNCHER_JAR, ...jars].join(delimiter),
    mainClass: MAIN_CLASS,
    targetDir: TARGET_DIR,
    javaVersion,
  };
}
