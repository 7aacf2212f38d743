import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figure, soak } from '../helpers/soak.ts';
import { repoRoot } from '../helpers/startServer.ts';

// The CI scale of `npm run soak -- durability`: 6 rounds from a random seed (printed, so a failure
// replays with --seed S), two of each kind of SIGKILL: at a random moment while four clients type in
// two treaties and versions are named, inside a compaction, and inside a version write. Each restart
// on the same data directory must hold every confirmed edit and version before anyone resends.
describe('soak durability at CI scale', () => {
  it('6 rounds of kill -9 and restart lose no confirmed edit or version', async () => {
    const { code, stdout } = await soak(['durability', '--rounds', '6']);
    expect(stdout, stdout).toMatch(/soak durability: held/);
    expect(code, stdout).toBe(0);
    expect(figure(stdout, 'rounds')).toBe('6');
    expect(figure(stdout, 'lost')).toBe('0');
    expect(figure(stdout, 'missing after resend')).toBe('0');
    expect(figure(stdout, 'versions lost')).toBe('0');
    expect(figure(stdout, 'SIGTERM exits 0')).toBe('6 of 6');
    expect(figure(stdout, 'kills aimed at a compaction / version write')).toBe('2 / 2');
    // One kill of each operation comes right after its first statement, in the middle of its transaction.
    expect(figure(stdout, 'kills that landed inside a compaction')).toMatch(/\(1 mid-transaction\)$/);
    expect(figure(stdout, 'kills that landed inside a version write')).toMatch(/\(1 mid-transaction\)$/);

    const results = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'bench/results/soak-durability.json'), 'utf8'),
    );
    const rounds = results.figures.details as Array<{
      confirmed: number;
      unconfirmed: number;
      versionsConfirmed: number;
      reachedTarget: boolean;
      operations: { compaction: number; checkpoint: number };
    }>;
    expect(rounds).toHaveLength(6);
    // The load and the kills really happened: a round that confirmed nothing proves nothing.
    for (const round of rounds) {
      expect(round.confirmed).toBeGreaterThan(50);
      expect(round.reachedTarget).toBe(true);
    }
    const total = (pick: (round: (typeof rounds)[number]) => number) =>
      rounds.reduce((sum, round) => sum + pick(round), 0);
    expect(total((round) => round.unconfirmed)).toBeGreaterThan(0);
    expect(total((round) => round.versionsConfirmed)).toBeGreaterThan(0);
    expect(total((round) => round.operations.compaction)).toBeGreaterThan(0);
    expect(total((round) => round.operations.checkpoint)).toBeGreaterThan(0);
  }, 300_000);
});
