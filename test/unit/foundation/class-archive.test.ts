// The class-data archive's bookkeeping without a JVM (cypher/embedded/class-archive.ts): its name
// follows the build's jars and the Java, a start maps it only when it exists, and a training start
// that cannot run is remembered as failed, never thrown. That a real start maps the archive is in
// test/integration/foundation/embedded-launcher.test.ts.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmbeddedBuild } from '../../../cypher/embedded/build.ts';
import {
  classArchiveArgs,
  classArchivePath,
  ensureClassArchive,
} from '../../../cypher/embedded/class-archive.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A build whose "jars" are two small files in a fresh folder. */
function fakeBuild(java = '/nonexistent/bin/java'): EmbeddedBuild {
  const dir = mkdtempSync(join(tmpdir(), 'kg-archive-test-'));
  dirs.push(dir);
  const jars = ['a.jar', 'b.jar'].map((name) => join(dir, name));
  for (const jar of jars) writeFileSync(jar, 'jar');
  return {
    java,
    classpath: jars.join(delimiter),
    mainClass: 'khorasan.embedded.EmbeddedNeo4j',
    targetDir: dir,
    javaVersion: 'openjdk version "17.0.13"',
  };
}

describe('the class-data archive', () => {
  it('is named for the jars and the Java: a rebuilt jar or another Java names another archive', () => {
    const build = fakeBuild();
    const path = classArchivePath(build);
    expect(path.startsWith(join(build.targetDir, 'neo4j-classes-'))).toBe(true);
    expect(classArchivePath({ ...build })).toBe(path);
    expect(classArchivePath({ ...build, javaVersion: 'openjdk version "21.0.5"' })).not.toBe(path);
    const jar = build.classpath.split(delimiter)[1]!;
    utimesSync(jar, new Date(), new Date(Date.now() + 5000));
    expect(classArchivePath(build)).not.toBe(path);
  });

  it('is mapped by a start only when it exists', () => {
    const build = fakeBuild();
    expect(classArchiveArgs(build)).toEqual([]);
    writeFileSync(classArchivePath(build), 'archive');
    expect(classArchiveArgs(build)).toEqual([`-XX:SharedArchiveFile=${classArchivePath(build)}`]);
  });

  it('remembers a training start that cannot run, says so, and does not try again', async () => {
    const build = fakeBuild('/nonexistent/bin/java');
    const progress: string[] = [];
    await ensureClassArchive(build, (line) => progress.push(line));
    const marker = classArchivePath(build).replace(/\.jsa$/, '.failed');
    expect(existsSync(marker)).toBe(true);
    expect(readFileSync(marker, 'utf8')).toContain('could not run /nonexistent/bin/java');
    expect(progress.at(-1)).toMatch(
      /^neo4j: no class-data archive \(could not run .*\); starts go without it$/,
    );
    expect(classArchiveArgs(build)).toEqual([]);
    progress.length = 0;
    await ensureClassArchive(build, (line) => progress.push(line));
    expect(progress).toEqual([]);
    // Nothing left behind but the marker: no lock, no partial archive.
    expect(readdirSync(build.targetDir).sort()).toEqual(['a.jar', 'b.jar', marker.split('/').pop()]);
  });

  it('leaves the recording to the process that holds the lock', async () => {
    const build = fakeBuild();
    const lock = join(build.targetDir, '.class-archive-lock');
    mkdirSync(lock);
    const progress: string[] = [];
    await ensureClassArchive(build, (line) => progress.push(line));
    expect(progress).toEqual([]);
    expect(existsSync(classArchivePath(build).replace(/\.jsa$/, '.failed'))).toBe(false);
    expect(existsSync(lock)).toBe(true);
  });
});
