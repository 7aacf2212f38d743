import { describe, expect, it } from 'vitest';
import { EventLoopDelay } from './EventLoopDelay.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('EventLoopDelay', () => {
  it('reports a stretch of synchronous work as delay and as busy time', async () => {
    const delay = new EventLoopDelay();
    await sleep(50);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    while (performance.now() - started < 150);
    const { user, system } = process.cpuUsage(cpuBefore);
    await sleep(20);
    const summary = delay.summary();
    expect(summary.maxMs).toBeGreaterThanOrEqual(150);
    expect(summary.recentMaxMs).toBe(summary.maxMs);
    // CPU time: on a loaded machine the loop gets less than its 150 ms of wall time, so it is
    // compared with what the process really used meanwhile (other threads may add to it).
    expect(summary.maxBusyMs).toBeGreaterThanOrEqual((user + system) / 1000 - 10);
  });

  it('keeps the slowest message it is told of', () => {
    const delay = new EventLoopDelay();
    delay.noteMessage(3);
    delay.noteMessage(42);
    delay.noteMessage(7);
    expect(delay.summary()).toMatchObject({ slowestMessageMs: 42, recentSlowestMessageMs: 42 });
  });

  it('does not count waiting as busy', async () => {
    const delay = new EventLoopDelay();
    await sleep(300);
    expect(delay.summary().maxBusyMs).toBeLessThan(50);
  });
});
