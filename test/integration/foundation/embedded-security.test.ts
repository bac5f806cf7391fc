// The embedded Neo4j is safe by default ("Safe by default" review): auth always on with a random
// password per start that never shows in ps, /proc or the data folder; LOAD CSV reads no files and
// fetches no URLs; the Bolt port refuses HTTP and Bolt over WebSocket (whatever the Origin); only
// the Bolt port listens; no usage report leaves the machine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type AuthToken } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../cypher/embedded/launcher.ts';

let server: EmbeddedNeo4j;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kg-security-test-'));
  server = await startEmbeddedNeo4j({ dataDir, heapMb: 256, pagecacheMb: 16 });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Runs one query with these credentials (none when undefined); closes the driver. */
async function run(query: string, auth: AuthToken | undefined): Promise<unknown[]> {
  const driver = auth ? neo4j.driver(server.uri, auth) : neo4j.driver(server.uri);
  try {
    const { records } = await driver.executeQuery(query);
    return records.map((record) => record.get(0));
  } finally {
    await driver.close();
  }
}

const rightCredentials = (): AuthToken => neo4j.auth.basic(server.user, server.password);

/** Sends raw bytes to the Bolt port and returns everything the server sends before it closes. */
function exchange(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.write(request));
    let reply = '';
    socket.setTimeout(10_000, () => {
      socket.destroy();
      reject(new Error(`the server kept the connection open; got so far: ${JSON.stringify(reply)}`));
    });
    socket.on('data', (chunk) => (reply += chunk.toString('latin1')));
    socket.on('close', () => resolve(reply));
    socket.on('error', () => resolve(reply));
  });
}

function websocketUpgrade(headers: string[]): string {
  return [
    'GET / HTTP/1.1',
    `Host: 127.0.0.1:${server.port}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    'Sec-WebSocket-Version: 13',
    ...headers,
    '',
    '',
  ].join('\r\n');
}

/** Every regular file under dir, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

describe('authentication', () => {
  it('hands back user neo4j and a long random password', () => {
    expect(server.user).toBe('neo4j');
    expect(server.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('refuses a driver without credentials', async () => {
    await expect(run('RETURN 1', undefined)).rejects.toThrow(/auth/i);
  });

  it('refuses a wrong password, and the default one', async () => {
    await expect(run('RETURN 1', neo4j.auth.basic('neo4j', 'wrong-password'))).rejects.toThrow(
      /unauthorized|authentication/i,
    );
    await expect(run('RETURN 1', neo4j.auth.basic('neo4j', 'neo4j'))).rejects.toThrow(
      /unauthorized|authentication/i,
    );
  });

  it('accepts the credentials the launcher returned, with no password change pending', async () => {
    expect(await run('RETURN 40 + 2', rightCredentials())).toEqual([neo4j.int(42)]);
    const driver = neo4j.driver(server.uri, rightCredentials());
    try {
      const { records } = await driver.executeQuery(
        'SHOW CURRENT USER YIELD user, passwordChangeRequired',
        {},
        {
          database: 'system',
        },
      );
      expect(records[0]?.toObject()).toEqual({ user: 'neo4j', passwordChangeRequired: false });
    } finally {
      await driver.close();
    }
  });

  it('keeps the password out of ps, the JVM environment and every file in the data folder', () => {
    const args = execFileSync('ps', ['-o', 'args=', '-p', String(server.pid)], { encoding: 'utf8' });
    expect(args).toContain('khorasan.embedded.EmbeddedNeo4j');
    expect(args).not.toContain(server.password);
    expect(readFileSync(`/proc/${server.pid}/environ`, 'latin1')).not.toContain(server.password);
    const files = filesUnder(dataDir);
    expect(files.length).toBeGreaterThan(0);
    const base64 = Buffer.from(server.password, 'utf8').toString('base64');
    for (const file of files) {
      const text = readFileSync(file, 'latin1');
      expect(text.includes(server.password) || text.includes(base64), file).toBe(false);
    }
  });

  it('rejects a chosen password shorter than Neo4j allows, before starting a JVM', async () => {
    await expect(startEmbeddedNeo4j({ dataDir, password: 'short' })).rejects.toThrow(/at least 8 characters/);
  });
});

describe('LOAD CSV', () => {
  it('cannot read local files', async () => {
    await expect(
      run("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l LIMIT 1", rightCredentials()),
    ).rejects.toThrow(/allow_csv_import_from_file_urls/);
  });

  it('cannot fetch URLs either (local services included)', async () => {
    await expect(
      run(`LOAD CSV FROM 'http://127.0.0.1:${server.port}/' AS l RETURN l LIMIT 1`, rightCredentials()),
    ).rejects.toThrow(/blocked/);
  });

  it('has an empty import folder of its own inside the data folder', () => {
    const importDir = join(dataDir, 'import-disabled');
    expect(statSync(importDir).isDirectory()).toBe(true);
    expect(readdirSync(importDir)).toEqual([]);
  });
});

describe('the Bolt port', () => {
  it('refuses a WebSocket upgrade from a foreign origin', async () => {
    const reply = await exchange(websocketUpgrade(['Origin: http://evil.example']));
    expect(reply).toMatch(/^HTTP\/1\.1 403 Forbidden\r\n/);
    expect(reply).not.toMatch(/101 Switching Protocols/i);
  });

  it('refuses a WebSocket upgrade with no Origin, and plain HTTP', async () => {
    expect(await exchange(websocketUpgrade([]))).toMatch(/^HTTP\/1\.1 403 Forbidden\r\n/);
    expect(await exchange(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`)).toMatch(
      /^HTTP\/1\.1 403/,
    );
  });

  it('closes a connection that is not Bolt without answering', async () => {
    expect(await exchange('\x16\x03\x01\x00\x05hello')).toBe('');
  });

  it('still speaks Bolt after turning those away', async () => {
    expect(await run('RETURN 1', rightCredentials())).toEqual([neo4j.int(1)]);
  });

  it('is the only port the JVM listens on, and only on 127.0.0.1 (no HTTP or HTTPS connector)', () => {
    const socketInodes = new Set(
      readdirSync(`/proc/${server.pid}/fd`).flatMap((fd) => {
        try {
          const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${server.pid}/fd/${fd}`));
          return match ? [match[1]!] : [];
        } catch {
          return [];
        }
      }),
    );
    const listening: string[] = [];
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      for (const line of readFileSync(table, 'utf8').trim().split('\n').slice(1)) {
        const fields = line.trim().split(/\s+/);
        // st 0A = LISTEN; field 9 is the socket inode.
        if (fields[3] === '0A' && socketInodes.has(fields[9]!)) listening.push(fields[1]!);
      }
    }
    const port = server.port.toString(16).toUpperCase().padStart(4, '0');
    // Java may bind 127.0.0.1 as the IPv4-mapped IPv6 address ::ffff:127.0.0.1.
    expect(listening).toHaveLength(1);
    expect([`0100007F:${port}`, `0000000000000000FFFF00000100007F:${port}`]).toContain(listening[0]);
  });
});

describe('outbound calls', () => {
  it("sends no usage data: Neo4j's usage report is off and never announced", async () => {
    const values = await run(
      "SHOW SETTINGS YIELD name, value WHERE name = 'dbms.usage_report.enabled' RETURN value",
      rightCredentials(),
    );
    expect(values).toEqual(['false']);
    const logs = filesUnder(dataDir).filter((path) => path.endsWith('.log'));
    expect(logs.length).toBeGreaterThan(0);
    for (const log of logs) expect(readFileSync(log, 'utf8')).not.toContain('Anonymous Usage Data');
    expect(server.lastOutput().join('\n')).not.toContain('Anonymous Usage Data');
  });
});
