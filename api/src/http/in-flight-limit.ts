// Bounds the query-running requests (GraphQL and export): a few in flight per remote address, so
// one client cannot take the database from everyone (429 with Retry-After at once), and a few
// running in all, so Neo4j and the driver's connection pool are never swamped and /healthz (not
// counted here) always gets a connection: the rest wait in line for a moment, then 503.
import { HTTP_LIMITS } from './limits.ts';

export interface InFlightLimits {
  /** Requests in flight (running or waiting) per client. */
  perClient: number;
  /** Requests running at once in all. */
  running: number;
  /** How long a request may wait for a running place, in ms. */
  waitMs: number;
}

export type Admission =
  | { ok: true; release: () => void }
  | { ok: false; status: 429 | 503; code: string; message: string; retryAfterSeconds: number };

export const DEFAULT_IN_FLIGHT_LIMITS: InFlightLimits = {
  perClient: HTTP_LIMITS.maxInFlightPerClient,
  running: HTTP_LIMITS.maxRunning,
  waitMs: HTTP_LIMITS.maxWaitMs,
};

export function createInFlightLimit(limits: InFlightLimits = DEFAULT_IN_FLIGHT_LIMITS) {
  const perClient = new Map<string, number>();
  let running = 0;
  const waiting: (() => void)[] = [];

  const leave = (client: string): void => {
    const left = (perClient.get(client) ?? 1) - 1;
    if (left <= 0) perClient.delete(client);
    else perClient.set(client, left);
  };

  /** A running place, within `waitMs`; false when none came free in time. */
  const takeRunningPlace = (): Promise<boolean> => {
    if (running < limits.running) {
      running += 1;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        running += 1;
        resolve(true);
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(wake), 1);
        resolve(false);
      }, limits.waitMs);
      waiting.push(wake);
    });
  };

  const freeRunningPlace = (): void => {
    running -= 1;
    waiting.shift()?.();
  };

  return {
    /** A place for `client` (its remote address), or why not; call release() exactly once. */
    async admit(client: string): Promise<Admission> {
      const mine = perClient.get(client) ?? 0;
      if (mine >= limits.perClient) {
        return {
          ok: false,
          status: 429,
          code: 'TOO_MANY_REQUESTS',
          message: `Too many requests in flight from this client (limit ${limits.perClient}); retry when the ones running finish.`,
          retryAfterSeconds: 1,
        };
      }
      perClient.set(client, mine + 1);
      if (!(await takeRunningPlace())) {
        leave(client);
        return {
          ok: false,
          status: 503,
          code: 'SERVER_BUSY',
          message: `The explorer is busy (${limits.running} requests running, more waiting); retry in a moment.`,
          retryAfterSeconds: 2,
        };
      }
      let released = false;
      return {
        ok: true,
        release: () => {
          if (released) return;
          released = true;
          leave(client);
          freeRunningPlace();
        },
      };
    },
    running: () => running,
  };
}

export type InFlightLimit = ReturnType<typeof createInFlightLimit>;
