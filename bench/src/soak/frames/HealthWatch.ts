import type { EventLoopFigures, HealthJSON } from '@pactum/shared';
/** What GET /api/health said, and how often it did not answer 200 in time. */
export interface HealthFigures {
  checks: number;
  failures: string[];
  /**
   * The longest event-loop delay, busy stretch and message while watched: the
   * largest `recent…` figures (each covers the 10 s before its check).
   */
  watched: { delayMs: number; busyMs: number; messageMs: number };
  /** What the last check said. */
  last: EventLoopFigures | null;
}

/** Polls the server's health every `everyMs` while the fuzzer runs. */
export class HealthWatch {
  readonly figures: HealthFigures = {
    checks: 0,
    failures: [],
    watched: { delayMs: 0, busyMs: 0, messageMs: 0 },
    last: null,
  };
  #watching = false;
  #timer: NodeJS.Timeout | null = null;
  #inFlight: Promise<void> | null = null;

  constructor(
    private readonly url: string,
    private readonly everyMs = 250,
    private readonly timeoutMs = 2_000,
  ) {}

  /** From now on the checks count towards `watched`. */
  start(): void {
    this.#watching = true;
    this.#timer = setInterval(() => {
      this.#inFlight ??= this.check().finally(() => {
        this.#inFlight = null;
      });
    }, this.everyMs);
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    await this.#inFlight;
    await this.check();
  }

  async check(): Promise<void> {
    this.figures.checks++;
    const started = performance.now();
    try {
      const response = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(this.timeoutMs) });
      const body = (await response.json()) as Partial<HealthJSON>;
      if (response.status !== 200) this.figures.failures.push(`health answered ${response.status}`);
      const delay = body.eventLoopDelay;
      if (!delay) throw new Error('no eventLoopDelay in the health answer');
      this.figures.last = delay;
      if (this.#watching) {
        const { watched } = this.figures;
        watched.delayMs = Math.max(watched.delayMs, delay.recentMaxMs);
        watched.busyMs = Math.max(watched.busyMs, delay.recentMaxBusyMs);
        watched.messageMs = Math.max(watched.messageMs, delay.recentSlowestMessageMs);
      }
    } catch (error) {
      const ms = Math.round(performance.now() - started);
      this.figures.failures.push(`health did not answer in ${ms} ms: ${(error as Error).message}`);
    }
  }
}
