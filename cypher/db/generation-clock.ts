// Which generation readers see, known without a query per request: read from (:GraphState) at
// most every `maxAgeMs` (one read shared by the requests that wait for it), and at once after a
// load in this process switches readers (generationSwitched(), called by the seed loader).
// A switch made by another process is seen within maxAgeMs; until then requests read the
// generation before it, which stays whole for the loader's grace period (cypher/README.md).

/** One load: the generation number and the switch's time stamp (null before stamps existed). */
export interface GenerationReading {
  gen: number | null;
  /** Names the load: generation numbers start again at 1 in a wiped database. */
  stamp: string;
}

export type ReadGeneration = () => Promise<{ gen: number | null; switchedAt: number | null }>;

/** How stale a reading may be before it is read again (switches by other processes). */
export const GENERATION_MAX_AGE_MS = 100;

const clocks = new Set<WeakRef<GenerationClock>>();

/** Tells every clock in this process that readers were switched: the next request reads again. */
export function generationSwitched(): void {
  for (const ref of clocks) {
    const clock = ref.deref();
    if (clock) clock.expire();
    else clocks.delete(ref);
  }
}

export class GenerationClock {
  private reading: GenerationReading | undefined;
  private readAt = 0;
  private pending: Promise<GenerationReading> | undefined;
  /** Bumped by expire(): a read begun before a switch must not be kept as fresh. */
  private epoch = 0;

  constructor(
    private readonly read: ReadGeneration,
    private readonly maxAgeMs: number = GENERATION_MAX_AGE_MS,
  ) {
    clocks.add(new WeakRef(this));
  }

  /** The generation readers see, at most maxAgeMs old (or read now). */
  async now(): Promise<GenerationReading> {
    if (this.reading && performance.now() - this.readAt < this.maxAgeMs) return this.reading;
    if (!this.pending) {
      const reading: Promise<GenerationReading> = this.readNow().finally(() => {
        if (this.pending === reading) this.pending = undefined;
      });
      this.pending = reading;
    }
    return this.pending;
  }

  /** Forgets the reading: the next now() reads the pointer again. */
  expire(): void {
    this.epoch++;
    this.reading = undefined;
    this.pending = undefined;
  }

  private async readNow(): Promise<GenerationReading> {
    const epoch = this.epoch;
    const startedAt = performance.now();
    const { gen, switchedAt } = await this.read();
    const reading = { gen, stamp: `${gen ?? 'none'}@${switchedAt ?? 'unstamped'}` };
    if (epoch === this.epoch) {
      this.reading = reading;
      this.readAt = startedAt;
    }
    return reading;
  }
}
