const TICK_MS = 20;

export interface LagSample {
  /** Seconds since `startedAt`. */
  at: number;
  /** How late the tick ran, ms. */
  ms: number;
}

/**
 * How late this process's own event loop runs timers: a latency it measures
 * includes this, so a figure taken while the measuring process lagged says
 * more about the measurer than about the server.
 */
export class LoopLag {
  readonly samples: LagSample[] = [];
  #timer: NodeJS.Timeout | undefined;

  constructor(private readonly startedAt: number) {}

  start(): void {
    let due = performance.now() + TICK_MS;
    const tick = () => {
      const now = performance.now();
      this.samples.push({ at: (now - this.startedAt) / 1000, ms: Math.max(0, now - due) });
      due = now + TICK_MS;
      this.#timer = setTimeout(tick, TICK_MS);
    };
    this.#timer = setTimeout(tick, TICK_MS);
  }

  stop(): void {
    clearTimeout(this.#timer);
  }
}
