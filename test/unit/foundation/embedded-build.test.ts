// Missing tools are named in one line, before anything is built or started. The checks that need
// the machine's Java (and run the build CLI) are in test/integration/foundation/embedded-build.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJava, EmbeddedBuildError, javaExecutable } from '../../../cypher/embedded/build.ts';

describe('embedded Neo4j build prerequisites', () => {
  it('names the JDK to install when java is missing', () => {
    let error: unknown;
    try {
      checkJava('/nonexistent/bin/java');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EmbeddedBuildError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain('Java 17 or newer is needed');
    expect(message).toContain('openjdk-17-jdk-headless');
  });

  it('uses JAVA_HOME when it is set', () => {
    expect(javaExecutable({ JAVA_HOME: '/opt/jdk' })).toBe(join('/opt/jdk', 'bin', 'java'));
    expect(javaExecutable({})).toBe('java');
  });
});
