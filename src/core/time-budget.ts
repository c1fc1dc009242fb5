// Long pages are worked through in one go but never in one task. A loop that grows with the page
// is written as a generator that stops at checkpoints; run in one pass (tests, the scan CLI) it
// never stops, run paced (in a page) it hands the main thread back once a slice of time is spent.
// Both ways run the same code in the same order, so they give the same result.

/** Work per task before yielding: far under the 50 ms where a task counts as long. */
export const SLICE_MS = 8;

const now: () => number =
  typeof performance === 'object' && typeof performance.now === 'function'
    ? () => performance.now()
    : () => Date.now();

/** The clock of one paced pass: when the current slice began, and how to yield. */
export class TimeBudget {
  private sliceStart = now();

  constructor(
    private readonly pause?: () => Promise<void>,
    private readonly sliceMs = SLICE_MS,
  ) {}

  /** True once the slice is spent; never without a pause to yield with. */
  get spent(): boolean {
    return this.pause !== undefined && now() - this.sliceStart >= this.sliceMs;
  }

  /** Yields to the page if the slice is spent; work after it starts a fresh slice. */
  async check(): Promise<void> {
    if (this.spent) await this.yield();
  }

  /** Yields to the page now (when there is a pause to yield with). */
  async yield(): Promise<void> {
    if (!this.pause) return;
    await this.pause();
    this.sliceStart = now();
  }
}

/** Work that stops at checkpoints (`yield`) and returns its result at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Items a loop handles between checkpoints: checking the clock costs little, but not nothing. */
export const CHECK_EVERY = 64;

/** Runs the steps in one pass. */
export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the steps, yielding to the page at a checkpoint whenever the budget's slice is spent. */
export async function runPaced<T>(steps: Steps<T>, budget: TimeBudget): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (budget.spent) await budget.yield();
  }
}
