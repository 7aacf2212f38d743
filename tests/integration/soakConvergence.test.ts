import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figure, soak } from '../helpers/soak.ts';
import { repoRoot } from '../helpers/startServer.ts';

// The CI scale of `npm run soak -- convergence`: 50 seeds from a random first seed (printed, so a
// failure replays with --seed S). Each seed: 5–8 clients edit text, structure and tags through a
// proxy that delays, stalls and cuts frames, with workflow calls over REST; every replica, the REST
// view and a fresh client after a restart must hold the same treaty, and nothing typed may be lost.
describe('soak convergence at CI scale', () => {
  it('50 seeds converge through the fault proxy and a restart, with nothing typed lost', async () => {
    const { code, stdout } = await soak(['convergence', '--seeds', '50']);
    expect(stdout, stdout).toMatch(/soak convergence: held/);
    expect(code, stdout).toBe(0);
    expect(figure(stdout, 'seeds run')).toBe('50');
    expect(figure(stdout, 'divergences (seeds)')).toBe('0');
    expect(figure(stdout, 'seeds that lost typed text')).toBe('0');
    expect(figure(stdout, 'server errors logged')).toBe('0');

    const results = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'bench/results/soak-convergence.json'), 'utf8'),
    );
    const seeds = results.figures.details.seeds as Array<Record<string, number>>;
    expect(seeds).toHaveLength(50);
    // The faults and the workload really happened: a run that cut nothing proves nothing.
    const total = (key: string) => seeds.reduce((sum, seed) => sum + (seed[key] as number), 0);
    expect(total('cutFrames')).toBeGreaterThan(0);
    expect(total('stalls')).toBeGreaterThan(0);
    expect(total('disconnects')).toBeGreaterThan(0);
    expect(total('agreementCalls')).toBeGreaterThan(0);
    expect(total('tokensOwed')).toBeGreaterThan(0);
    expect(Math.min(...seeds.map((seed) => seed.clients as number))).toBeGreaterThanOrEqual(5);
    expect(Math.min(...seeds.map((seed) => seed.edits as number))).toBeGreaterThan(0);
  }, 300_000);

  it('replays one seed with --seed', async () => {
    const { code, stdout } = await soak(['convergence', '--seed', '12']);
    expect(code, stdout).toBe(0);
    expect(stdout).toMatch(/seeds 12…12/);
    expect(figure(stdout, 'seeds run')).toBe('1');
    expect(figure(stdout, 'first seed')).toBe('12');
  }, 120_000);
});
