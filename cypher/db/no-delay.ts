// Turns off Nagle's algorithm on every TCP socket this process opens, so the driver's Bolt
// messages leave at once. neo4j-driver writes a query larger than its 1,400-byte chunk buffer in
// two writes; with Nagle on, the second waits for the server's ACK of the first, which the server
// delays (~40 ms on loopback), and every such query paid that floor. The driver has no option for
// TCP_NODELAY, so this sets it where Node creates client sockets (the 'net.client.socket'
// diagnostics channel), for the embedded Neo4j and any server alike.
import diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

let installed = false;

/** Installs the hook once per process; later calls do nothing. */
export function sendWithoutDelay(): void {
  if (installed) return;
  installed = true;
  diagnostics.subscribe('net.client.socket', (message) => {
    (message as { socket?: Socket }).socket?.setNoDelay(true);
  });
}
