// A readers-writer lock for the test files of one vitest run, served on 127.0.0.1 by the global
// setup: most files run two at a time (shared), the tests in run-alone.ts hold it alone
// (exclusive), so their time bounds are measured on a machine no other test file is using.
// A holder keeps its TCP connection open; closing it (or its process dying) releases the lock.
import { connect, createServer, type Server, type Socket } from 'node:net';

export type LockMode = 'shared' | 'exclusive';

interface Waiter {
  mode: LockMode;
  socket: Socket;
}

/** Serves the lock; requests are granted first come, first served (a waiting exclusive holds back later shared ones). */
export async function startRunLock(): Promise<{ port: number; close(): Promise<void> }> {
  const queue: Waiter[] = [];
  const holders = new Set<Waiter>();
  const grant = (): void => {
    while (queue.length > 0) {
      const next = queue[0]!;
      const exclusiveHeld = [...holders].some((h) => h.mode === 'exclusive');
      if (exclusiveHeld || (next.mode === 'exclusive' && holders.size > 0)) return;
      queue.shift();
      holders.add(next);
      next.socket.write('ok\n');
    }
  };
  const server: Server = createServer((socket) => {
    let waiter: Waiter | undefined;
    socket.setEncoding('utf8');
    socket.once('data', (line: string) => {
      const mode = line.trim();
      if (mode !== 'shared' && mode !== 'exclusive') {
        socket.end(`error: expected "shared" or "exclusive", got ${JSON.stringify(mode)}\n`);
        return;
      }
      waiter = { mode, socket };
      queue.push(waiter);
      grant();
    });
    const forget = (): void => {
      if (!waiter) return;
      holders.delete(waiter);
      const queued = queue.indexOf(waiter);
      if (queued >= 0) queue.splice(queued, 1);
      waiter = undefined;
      grant();
    };
    socket.on('close', forget);
    socket.on('error', forget);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        for (const w of [...holders, ...queue]) w.socket.destroy();
      }),
  };
}

/** Waits until the lock is granted in `mode`; the returned function releases it. */
export function acquireRunLock(port: number, mode: LockMode): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${mode}\n`));
    socket.setEncoding('utf8');
    socket.once('data', (line: string) => {
      if (line.startsWith('ok')) resolve(() => socket.destroy());
      else reject(new Error(`the run lock on 127.0.0.1:${port} refused "${mode}": ${line.trim()}`));
    });
    socket.on('error', (error) =>
      reject(new Error(`the run lock on 127.0.0.1:${port} is not reachable: ${error.message}`)),
    );
  });
}
