// The driver's sockets send without Nagle's delay (cypher/db/no-delay.ts): a client socket opened
// after the hook is installed gets setNoDelay(true). A loopback server of this test only.
import { createServer, connect, Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendWithoutDelay } from '../../../cypher/db/no-delay.ts';

afterEach(() => vi.restoreAllMocks());

describe('sendWithoutDelay', () => {
  it('sets TCP_NODELAY on client sockets opened afterwards', async () => {
    const calls = vi.spyOn(Socket.prototype, 'setNoDelay');
    sendWithoutDelay();
    const server = createServer((s) => s.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    expect(calls.mock.contexts).toContain(socket);
    expect(calls.mock.calls.some((args) => args[0] === true)).toBe(true);
    socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
