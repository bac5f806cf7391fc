// The JVM options and launch arguments every embedded Neo4j start uses (the launcher's and the
// class-data archive's training start, class-archive.ts): one list, so the archive is recorded
// under the same options.
import type { EmbeddedBuild } from './build.ts';

/** JVM options: small serial-GC heap, the JIT asked for, and the module opens Neo4j's page cache asks for. */
export function jvmArgs(heapMb: number, jit: 'full' | 'quick'): string[] {
  return [
    `-Xms${Math.min(heapMb, 128)}m`,
    `-Xmx${heapMb}m`,
    '-XX:+UseSerialGC',
    // C1 only starts sooner (JVM up and the real seed loaded: 8.1 + 4.9 s vs 10.8 + 7.4 s), but
    // C1's code stays slow: once warm, the six requests of npm run bench took 4.4-7.8 ms with C2
    // and 3.0-17.3 ms with C1 alone (neighbourhood 6.7 vs 10.8-17.3 ms). The explorer serves for
    // hours, so it gets both compilers; tests' short-lived instances ask for 'quick'.
    ...(jit === 'quick' ? ['-XX:TieredStopAtLevel=1'] : []),
    // With C1 only, HotSpot sizes the code cache at 48 MiB (not 240), and one start plus two seeds
    // already fill 37 MiB of it: a long session ran out ("CodeCache is full. Compiler has been
    // disabled") and fell back to the interpreter. This is reserved address space; pages are
    // committed only as code is compiled.
    '-XX:ReservedCodeCacheSize=256m',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
  ];
}

/** The classpath, the main class and its arguments (EmbeddedNeo4j.java's USAGE). */
export function launchArgs(
  build: EmbeddedBuild,
  run: { dataDir: string; port: number; pagecacheMb: number },
): string[] {
  return [
    '-cp',
    build.classpath,
    build.mainClass,
    '--data-dir',
    run.dataDir,
    '--port',
    String(run.port),
    '--pagecache-mb',
    String(run.pagecacheMb),
  ];
}
