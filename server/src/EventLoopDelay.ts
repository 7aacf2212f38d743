import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import type { EventLoopFigures } from '@pactum/shared';

/** Period of the timers whose lateness is measured: every reading includes it. */
const RESOLUTION_MS = 5;
/** Seconds that the `recent…` figures look back. */
const RECENT_SECONDS = 10;

/** The longest of each kind in one second, in ms. */
interface Second {
  delay: number;
  busy: number;
  message: number;
}

const nsToMs = (ns: number) => ns / 1e6;
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * How long the event loop was held, three ways:
 * - delay: how late a 5 ms timer ran (`perf_hooks.monitorEventLoopDelay`), what
 *   every other client waited. On a shared machine it includes the time the
 *   operating system gave the CPU to other processes.
 * - busy: the CPU time this process used between two ticks of a 5 ms timer,
 *   the part of a delay that was this server's own work (messages, a commit,
 *   a garbage collection; helper threads count too, so it errs high).
 * - message: the time the longest single client message took to handle
 *   (decoding, checks, applying, guards), as the collaboration socket reports
 *   it: its wall time, or its CPU time when the operating system gave the CPU
 *   to other processes meanwhile.
 * The first two include the timer's own period, so they overstate a stall by
 * up to 5 ms. Kept since the server started and for the last 10 s, so a
 * reader can watch a window of its own (a fresh process's warm-up is not the
 * steady state).
 */
export class EventLoopDelay {
  readonly #histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  /** The last ten seconds, newest last. */
  readonly #seconds: Second[] = [];
  #max: Second = { delay: 0, busy: 0, message: 0 };
  #current: Second = { delay: 0, busy: 0, message: 0 };

  constructor() {
    this.#histogram.enable();
    let lastCpu = process.cpuUsage();
    const busyTimer = setInterval(() => {
      const cpu = process.cpuUsage();
      this.#current.busy = Math.max(this.#current.busy, cpuMs(cpu) - cpuMs(lastCpu));
      lastCpu = cpu;
    }, RESOLUTION_MS);
    let due = performance.now() + 1000;
    const secondTimer = setInterval(() => {
      // A reset forgets the histogram's last tick, so a stall that ends just before
      // this callback may be missing from it: this callback was held by it too.
      const now = performance.now();
      const late = now - due + RESOLUTION_MS;
      due = now + 1000;
      const second = { ...this.#current, delay: Math.max(nsToMs(this.#histogram.max), late) };
      this.#seconds.push(second);
      if (this.#seconds.length > RECENT_SECONDS) this.#seconds.shift();
      this.#max = longest([this.#max, second]);
      this.#current = { delay: 0, busy: 0, message: 0 };
      this.#histogram.reset();
    }, 1000);
    busyTimer.unref();
    secondTimer.unref();
  }

  /** One client message took `ms` to handle. */
  noteMessage(ms: number): void {
    this.#current.message = Math.max(this.#current.message, ms);
  }

  /** Milliseconds, since the start and over the last 10 s. */
  summary(): EventLoopFigures {
    const current = { ...this.#current, delay: nsToMs(this.#histogram.max) };
    const recent = longest([...this.#seconds, current]);
    const all = longest([this.#max, current]);
    return {
      maxMs: round(all.delay),
      recentMaxMs: round(recent.delay),
      maxBusyMs: round(all.busy),
      recentMaxBusyMs: round(recent.busy),
      slowestMessageMs: round(all.message),
      recentSlowestMessageMs: round(recent.message),
    };
  }
}

function longest(seconds: Second[]): Second {
  return {
    delay: Math.max(...seconds.map((second) => second.delay)),
    busy: Math.max(...seconds.map((second) => second.busy)),
    message: Math.max(...seconds.map((second) => second.message)),
  };
}

let shared: EventLoopDelay | undefined;

/** The one monitor of this process's event loop: health reads it, the collaboration socket feeds it. */
export function processEventLoop(): EventLoopDelay {
  shared ??= new EventLoopDelay();
  return shared;
}
