// A client-side deadline for every query that carries a transaction timeout. Neo4j enforces the
// timeout itself, but a frozen server (a stopped JVM, a stuck host) leaves the socket open and
// silent, and the driver would wait forever: here such a query fails with ServiceUnavailable once
// the timeout plus a margin has passed, so the caller answers 503 instead of hanging.
import { Neo4jError, type Driver, type Session } from 'neo4j-driver';

/** Past Neo4j's own timeout, so that a slow query still gets Neo4j's QUERY_TIMEOUT first. */
export const DEADLINE_MARGIN_MS = 2_000;

interface TxConfigLike {
  timeout?: unknown;
}

function deadlineOf(config: unknown): number | undefined {
  const timeout = (config as TxConfigLike | undefined)?.timeout;
  return typeof timeout === 'number' && timeout > 0 ? timeout + DEADLINE_MARGIN_MS : undefined;
}

function silent(ms: number): Neo4jError {
  return new Neo4jError(
    `Neo4j did not answer within ${ms} ms (the query's timeout plus ${DEADLINE_MARGIN_MS} ms); it may be frozen or overloaded`,
    'ServiceUnavailable',
    '08000',
    'error: connection exception',
  );
}

/** `work` settled, or a ServiceUnavailable rejection at `ms` after `started`; calls `expired` then. */
function race<T>(work: PromiseLike<T>, ms: number, started: number, expired: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => {
        expired();
        reject(silent(ms));
      },
      Math.max(0, started + ms - Date.now()),
    );
    timer.unref();
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * The driver's Result with its promise side (`then`, `catch`, `finally`) bounded; streaming it
 * (subscribe, async iteration) is left as it is.
 */
function boundResult(result: object, ms: number, expired: () => void): object {
  const started = Date.now();
  let bounded: Promise<unknown> | undefined;
  const promise = (): Promise<unknown> =>
    (bounded ??= race(result as PromiseLike<unknown>, ms, started, expired));
  return new Proxy(result, {
    get(target, property) {
      if (property === 'then' || property === 'catch' || property === 'finally') {
        const method = Reflect.get(promise(), property) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => method.apply(promise(), args);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function boundSession(session: Session): Session {
  // Once a deadline passed, close() would wait on the silent socket too: it is left to finish in
  // the background and the caller goes on.
  let abandoned = false;
  const expired = (): void => void (abandoned = true);
  return new Proxy(session, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (property === 'run') {
        return (query: unknown, params: unknown, config: unknown) => {
          const result = method.call(target, query, params, config) as object;
          const ms = deadlineOf(config);
          return ms === undefined ? result : boundResult(result, ms, expired);
        };
      }
      if (property === 'executeRead' || property === 'executeWrite') {
        return (work: unknown, config: unknown) => {
          const running = method.call(target, work, config) as Promise<unknown>;
          const ms = deadlineOf(config);
          return ms === undefined ? running : race(running, ms, Date.now(), expired);
        };
      }
      if (property === 'close') {
        return () => {
          if (!abandoned) return method.call(target);
          void (method.call(target) as Promise<void>).catch(() => undefined);
          return Promise.resolve();
        };
      }
      return method.bind(target);
    },
  });
}

/** `driver` whose sessions bound every query that has a transaction timeout. */
export function withDeadlines(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'session') {
        return (...args: unknown[]) =>
          boundSession((value as (...a: unknown[]) => Session).apply(target, args));
      }
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
