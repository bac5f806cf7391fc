// What the process-level tests send: GraphQL queries that read Neo4j, timed, with the status and
// the error code each came back with (from the body's `code` or its first GraphQL error), and
// loops of clients that keep asking, as a page full of users would.
export interface Answer {
  status: number;
  /** undefined: a 200 with data and no errors. */
  code: string | undefined;
  ms: number;
  /** When the request was sent and when its answer was read (Date.now()). */
  sentAt: number;
  doneAt: number;
  /** The GraphQL data, when there was some. */
  data?: unknown;
}

export const STATS_QUERY = '{ stats { labels { label count } relationshipTypes { type count } } }';

/** What a viewer asks most: the counts, one entity, a search. */
export const VIEWER_QUERIES = [
  STATS_QUERY,
  '{ entity(id: "iskp") { id name } }',
  '{ search(text: "isis k", limit: 5) { exact entity { id name } } }',
];

export async function askGraph(url: string, query = STATS_QUERY, timeoutMs = 60_000): Promise<Answer> {
  const sentAt = Date.now();
  const started = performance.now();
  const response = await fetch(new URL('graphql', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as {
    code?: string;
    data?: unknown;
    errors?: { extensions?: { code?: string } }[];
  };
  const code =
    body.code ?? (body.errors?.length ? (body.errors[0]?.extensions?.code ?? 'NO_CODE') : undefined);
  return {
    status: response.status,
    code,
    ms: performance.now() - started,
    sentAt,
    doneAt: Date.now(),
    ...(code === undefined ? { data: body.data } : {}),
  };
}

export interface KeepAskingOptions {
  /** Asked in turn by each client (default: the stats query only). */
  queries?: string[];
  /**
   * How long a client waits after a failed answer before it asks again (default 0). A real page
   * retries after a moment; a tight loop of instant 503s would only take CPU from the JVM start.
   */
  pauseAfterFailureMs?: number;
}

/** Asks again and again from `clients` loops until `stop()` says so; every answer is kept. */
export function keepAsking(
  url: string,
  clients: number,
  options: KeepAskingOptions = {},
): { answers: Answer[]; stop: () => Promise<Answer[]> } {
  const queries = options.queries ?? [STATS_QUERY];
  const answers: Answer[] = [];
  let running = true;
  const loops = Array.from({ length: clients }, async (_unused, client) => {
    for (let turn = client; running; turn++) {
      const sentAt = Date.now();
      let answer: Answer;
      try {
        answer = await askGraph(url, queries[turn % queries.length]);
      } catch (error) {
        answer = {
          status: 0,
          code: `NO_ANSWER: ${String(error)}`,
          ms: Date.now() - sentAt,
          sentAt,
          doneAt: Date.now(),
        };
      }
      answers.push(answer);
      if (answer.code !== undefined && options.pauseAfterFailureMs)
        await new Promise((done) => setTimeout(done, options.pauseAfterFailureMs));
    }
  });
  return {
    answers,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return answers;
    },
  };
}

/** Asks until a query answers with data: a JVM just started can be slow to plan its first ones. */
export async function askUntilServed(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await askGraph(url);
    if (answer.code === undefined) return;
    if (Date.now() > deadline)
      throw new Error(`no data from ${url} within ${timeoutMs / 1000} s: last ${answer.code}`);
    await new Promise((done) => setTimeout(done, 500));
  }
}
