// One Driver handle that the app keeps for its whole life while the real driver behind it is
// replaced (a restarted embedded Neo4j has a new password and maybe a new port). While there is no
// real driver, every call fails at once with a ServiceUnavailable Neo4jError, which the query
// runner already turns into a coded SERVICE_UNAVAILABLE DbError.
import { Neo4jError, type Driver } from 'neo4j-driver';

export interface SwitchingDriver {
  /** The handle to give the app; each call goes to the real driver in use at that moment. */
  readonly driver: Driver;
  /** Routes calls to `real`, or, with undefined, fails them saying `whyDown`. */
  use(real: Driver | undefined, whyDown?: string): void;
}

function unavailable(why: string): Neo4jError {
  return new Neo4jError(why, 'ServiceUnavailable', '08000', 'error: connection exception');
}

/**
 * A stand-in with the shape of a Driver or Session: closing succeeds, `then` is absent (so it is
 * not mistaken for a promise), and every other method rejects with ServiceUnavailable.
 */
function refusing(why: string, session?: object): object {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (property === 'then') return undefined;
        if (property === 'close' || property === Symbol.asyncDispose) return async () => {};
        if (property === 'lastBookmarks') return () => [];
        if (property === 'session' && session) return () => session;
        if (typeof property === 'symbol') return undefined;
        return () => Promise.reject(unavailable(why));
      },
    },
  );
}

/** A Driver whose sessions refuse too. */
const refusingDriver = (why: string): object => refusing(why, refusing(why));

export function createSwitchingDriver(initialWhyDown = 'Neo4j is not started yet'): SwitchingDriver {
  let target: object = refusingDriver(initialWhyDown);
  const driver = new Proxy(
    {},
    {
      get(_unused, property) {
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    },
  ) as Driver;
  return {
    driver,
    use(real, whyDown = 'Neo4j is restarting') {
      target = real ?? refusingDriver(whyDown);
    },
  };
}
