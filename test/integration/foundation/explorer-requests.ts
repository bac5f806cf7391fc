// What the process-level tests send: one GraphQL query that reads Neo4j, timed, with the status
// and the error code it came back with (from the body's `code` or its first GraphQL error).
export interface Answer {
  status: number;
  /** undefined: a 200 with data and no errors. */
  code: string | undefined;
  ms: number;
}

const QUERY = '{ stats { labels { label count } } }';

export async function askGraph(url: string, timeoutMs = 60_000): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(new URL('graphql', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as {
    code?: string;
    errors?: { extensions?: { code?: string } }[];
  };
  const code =
    body.code ?? (body.errors?.length ? (body.errors[0]?.extensions?.code ?? 'NO_CODE') : undefined);
  return { status: response.status, code, ms: performance.now() - started };
}

/** Asks again and again from `clients` loops until `stop()` says so; every answer is kept. */
export function keepAsking(url: string, clients: number): { stop: () => Promise<Answer[]> } {
  const answers: Answer[] = [];
  let running = true;
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      try {
        answers.push(await askGraph(url));
      } catch (error) {
        answers.push({ status: 0, code: `NO_ANSWER: ${String(error)}`, ms: 60_000 });
      }
    }
  });
  return {
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
