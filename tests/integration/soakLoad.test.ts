import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { soak } from '../helpers/soak.ts';
import { repoRoot } from '../helpers/startServer.ts';

// The CI scale of `npm run soak -- soak`: one minute of 50 typists and 20 people joining and
// leaving. The claims (memory growth after warm-up < 10 %, descriptors and rooms back to their
// baseline once everyone left, p99 latency of the last 10 s ≤ 1.5 × the first + 5 ms, every edit
// delivered) are checked by the command itself, which exits 1 when one does not hold.
describe('soak load at CI scale', () => {
  it('a minute of typing and churn: memory, descriptors, rooms and latency hold', async () => {
    const { code, stdout } = await soak(['soak', '--minutes', '1']);
    expect(stdout, stdout).toMatch(/soak soak: held/);
    expect(code, stdout).toBe(0);
    expect(stdout).toMatch(/clients\s+50 typing, 20 joining and leaving/);
    expect(stdout).toMatch(/edits not delivered\s+0/);

    const results = JSON.parse(fs.readFileSync(path.join(repoRoot, 'bench/results/soak-soak.json'), 'utf8'));
    const { before, after, readings, first, last } = results.figures.details;
    expect(results.figures.held).toBe(true);
    // The load really happened: every room open and every socket counted while it ran…
    expect(Math.max(...readings.map((r: { rooms: number }) => r.rooms))).toBeGreaterThanOrEqual(5);
    expect(Math.max(...readings.map((r: { connections: number }) => r.connections))).toBeGreaterThanOrEqual(
      55,
    );
    // The treaties' own growth, the anchor of the memory claim, was measured at both readings.
    const [early, late] = readings.filter((r: { collected: boolean }) => r.collected);
    expect(late.documents.structs).toBeGreaterThan(early.documents.structs);
    // So was the room SQLite's page cache had to grow: the database grew with every commit.
    expect(late.store.bytes).toBeGreaterThan(early.store.bytes);
    expect(late.store.pageCacheLimitBytes).toBeGreaterThan(0);
    expect(results.figures.details.documentHeap).toEqual({
      early: expect.any(Number),
      late: expect.any(Number),
    });
    expect(first.runs).toBeGreaterThan(100);
    expect(last.runs).toBeGreaterThan(100);
    // The timing process's own lag was sampled in both windows (the churners run in another process).
    const { measurerLag } = results.figures.details;
    expect(measurerLag.first.runs).toBeGreaterThan(100);
    expect(measurerLag.last.runs).toBeGreaterThan(100);
    expect(stdout).toMatch(/joins \(and leaves\)\s+[1-9]\d+/);
    // …and was gone afterwards.
    expect(after.rooms).toBe(before.rooms);
    expect(after.connections).toBe(0);
    expect(after.openFds).toBeLessThanOrEqual(before.openFds);
  }, 240_000);
});
