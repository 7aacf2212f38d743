import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as prng from 'lib0/prng';
import { stats } from '../../stats.ts';
import type { SoakCheck, SoakResult } from '../soakCheck.ts';
import { type KillMode, type RoundPlan, type RoundResult, type RunContext, runRound } from './runRound.ts';

/** CI's scale: two rounds of each kind of kill. */
const DEFAULT_ROUNDS = 6;
const MODES: KillMode[] = ['random', 'compaction', 'checkpoint'];

function planRound(seed: number, round: number): RoundPlan {
  const rng = prng.create(seed + round * 7919);
  const mode = MODES[round % MODES.length] as KillMode;
  return {
    round,
    mode,
    killAfterMs: prng.int32(rng, 300, 1500),
    killAt: mode === 'compaction' ? prng.int32(rng, 2, 8) : prng.int32(rng, 2, 4),
    // Every other aimed round kills mid-transaction, so each CI run has one of each kind per operation.
    point: Math.floor(round / MODES.length) % 2 === 0 ? 'statement' : 'timed',
    fraction: prng.real53(rng) * 0.5,
    seed: prng.uint32(rng, 0, 2 ** 31 - 1),
  };
}

/**
 * `npm run soak -- durability [--rounds N] [--seed S]`: rounds of typing
 * clients and SIGKILL of the server (at a random moment, inside a compaction,
 * inside a version write), each restarted on the same data directory. Holds
 * if no confirmed edit or version is ever missing, every edit arrives once the
 * clients resend, audit chains stay intact and every SIGTERM exits 0.
 */
export const durability: SoakCheck = async (scale) => {
  const rounds = scale.rounds ?? DEFAULT_ROUNDS;
  const seed = scale.seed ?? crypto.randomInt(2 ** 31);
  const context: RunContext = {
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-durability-')),
    adminToken: crypto.randomBytes(24).toString('base64url'),
    port: 0,
    treaties: null,
  };
  const results: RoundResult[] = [];
  const failures: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const plan = planRound(seed, round);
    let result: RoundResult;
    try {
      result = await runRound(context, plan);
    } catch (error) {
      failures.push(
        `round ${round} (${plan.mode}) failed: ${(error as Error).message} — replay with --seed ${seed}`,
      );
      break;
    }
    results.push(result);
    const where = `round ${round} (${plan.mode}, --seed ${seed})`;
    if (result.lost.length > 0)
      failures.push(`${where}: confirmed edits missing after restart: ${tokens(result.lost)}`);
    if (result.missingAfterResend.length > 0) {
      failures.push(`${where}: edits missing after the clients resent: ${tokens(result.missingAfterResend)}`);
    }
    if (result.versionsLost.length > 0)
      failures.push(`${where}: confirmed versions missing: ${result.versionsLost.join(', ')}`);
    if (!result.auditIntact) failures.push(`${where}: an audit chain is broken`);
    if (result.stopCode !== 0) failures.push(`${where}: SIGTERM exited with ${result.stopCode}, not 0`);
    if (result.refusals.length > 0)
      failures.push(`${where}: typists were refused with ${result.refusals.join(', ')}`);
    if (!result.reachedTarget)
      failures.push(`${where}: the ${plan.mode} the kill was aimed at never happened`);
  }
  const sum = (pick: (result: RoundResult) => number) =>
    results.reduce((total, result) => total + pick(result), 0);
  const inside = (operation: string) => {
    const landed = results.filter((result) => result.killedInside === operation);
    const midTransaction = landed.filter(
      (result) => result.plan.mode === operation && result.plan.point === 'statement',
    );
    return `${landed.length} (${midTransaction.length} mid-transaction)`;
  };
  const aimed = (mode: KillMode) => results.filter((result) => result.plan.mode === mode).length;
  const restart = stats(results.map((result) => result.restartMs));
  const held = failures.length === 0;
  if (held) fs.rmSync(context.dataDir, { recursive: true, force: true });
  else failures.push(`the data directory is kept for inspection: ${context.dataDir}`);
  const figures: SoakResult['figures'] = [
    ['seed', seed],
    ['rounds', results.length],
    ['kills at a random moment', aimed('random')],
    ['kills aimed at a compaction / version write', `${aimed('compaction')} / ${aimed('checkpoint')}`],
    ['kills that landed inside a compaction', inside('compaction')],
    ['kills that landed inside a version write', inside('checkpoint')],
    [
      'compactions / version writes completed',
      `${sum((r) => r.operations.compaction)} / ${sum((r) => r.operations.checkpoint)}`,
    ],
    ['edits sent', sum((result) => result.edits)],
    ['confirmed edits', sum((result) => result.confirmed)],
    ['lost', sum((result) => result.lost.length)],
    ['unconfirmed at the kill', sum((result) => result.unconfirmed)],
    ['missing after resend', sum((result) => result.missingAfterResend.length)],
    ['confirmed versions', sum((result) => result.versionsConfirmed)],
    ['versions lost', sum((result) => result.versionsLost.length)],
    ['SIGTERM exits 0', `${results.filter((result) => result.stopCode === 0).length} of ${results.length}`],
    ['restart after kill p50 / max', `${restart.p50.toFixed(0)} / ${restart.max.toFixed(0)} ms`],
  ];
  return {
    figures,
    held,
    failures,
    details: results.map(({ lost, missingAfterResend, ...result }) => ({
      ...result,
      lost: tokens(lost),
      missingAfterResend: tokens(missingAfterResend),
    })),
  };
};

function tokens(edits: ReadonlyArray<{ kind: string; token: string }>): string {
  const shown = edits.slice(0, 10).map((edit) => `${edit.kind} ${edit.token}`);
  return `${shown.join(', ')}${edits.length > 10 ? ` … (${edits.length})` : ''}`;
}
