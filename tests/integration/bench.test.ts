import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/startServer.ts';

const run = promisify(execFile);

// Benchmarks are not timed here: each runs once at a tiny scale to prove it still works.
describe('benchmarks at tiny scale', () => {
  it('compare prints its table and writes its figures', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'run.ts', 'compare', '--tiny'], {
      cwd: path.join(repoRoot, 'bench'),
    });
    expect(stdout).toMatch(/scattered: compareTreaties is [\d.]+× faster/);
    expect(stdout).toMatch(/rewriteHalf: fast-diff \(whole text\)/);
    const results = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'bench/results/compare-tiny.json'), 'utf8'),
    );
    expect(results.figures.scattered.ours.runs).toBe(1);
    expect(results.figures.scattered.diffWords.runs).toBe(1);
    expect(results.machine.cpus).toBeGreaterThan(0);
  });

  it('export prints pages per second against raw pdfkit and writes its figures', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'run.ts', 'export', '--tiny'], {
      cwd: path.join(repoRoot, 'bench'),
    });
    expect(stdout).toMatch(/export: \d+ pages\/s \(target ≥ 100\), [\d.]+× the time of raw pdfkit/);
    const results = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'bench/results/export-tiny.json'), 'utf8'),
    );
    expect(results.figures.pages).toBeGreaterThanOrEqual(2);
    expect(results.figures.ours.runs).toBe(1);
    expect(results.figures.rawPdfkit.runs).toBe(1);
  });

  it('coldload prints time and bytes against raw Yjs and writes its figures', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'run.ts', 'coldload', '--tiny'], {
      cwd: path.join(repoRoot, 'bench'),
    });
    expect(stdout).toMatch(
      /coldload: compacted store [\d.]+× the time \(target ≤ 1\.2×\), [\d.]+× the bytes/,
    );
    const results = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'bench/results/coldload-tiny.json'), 'utf8'),
    );
    expect(results.figures.history.ours.runs).toBe(1);
    expect(results.figures.compacted.oursBytes).toBeGreaterThan(results.figures.compacted.anchorBytes * 0.5);
  });

  it('memory prints per-document and per-connection figures and the return to baseline', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'run.ts', 'memory', '--tiny'], {
      cwd: path.join(repoRoot, 'bench'),
    });
    expect(stdout).toMatch(/per idle connection \(target ≤ 50 KB\); after everyone left: heap -?[\d.]+ %/);
    const results = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'bench/results/memory-tiny.json'), 'utf8'),
    );
    expect(results.figures.readings.allOpen.rooms).toBe(results.figures.documents);
    expect(results.figures.readings.manyConnections.connections).toBe(results.figures.connections);
    expect(results.figures.readings.afterChurn.connections).toBe(0);
  });
  it('fanout runs the same load against our server and the reference, and finds where each saturates', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'run.ts', 'fanout', '--tiny'], {
      cwd: path.join(repoRoot, 'bench'),
    });
    expect(stdout).toMatch(/fanout 250\/s: Pactum p99 [\d.]+ ms is [\d.]+× the reference's [\d.]+ ms/);
    expect(stdout).toMatch(/fanout: saturation \(p99 > 100 ms\) Pactum (≥ )?\d+\/s, reference (≥ )?\d+\/s/);
    const results = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'bench/results/fanout-tiny.json'), 'utf8'),
    );
    const steady = results.figures.steady as Array<{
      server: string;
      rate: number;
      undelivered: number;
      pooled: { runs: number };
      serverCpuPercent: number;
      durable: { runs: number } | null;
    }>;
    expect(steady.map((s) => [s.server, s.rate])).toEqual([
      ['Pactum', 100],
      ['@y/websocket-server 0.1.1', 100],
      ['Pactum', 250],
      ['@y/websocket-server 0.1.1', 250],
    ]);
    for (const summary of steady) {
      // Every edit reached every other client of either server.
      expect(summary.undelivered).toBe(0);
      expect(summary.pooled.runs).toBeGreaterThan(0);
      expect(summary.serverCpuPercent).toBeGreaterThan(0);
    }
    // Our typists hear Durable for their edits; the reference has no such thing.
    expect(steady[0]?.durable?.runs).toBeGreaterThan(0);
    expect(steady[1]?.durable).toBeNull();
    for (const ramp of results.figures.ramp as Array<{ steps: unknown[]; saturation: number }>) {
      expect(ramp.steps.length).toBeGreaterThanOrEqual(2);
      expect(ramp.saturation).toBeGreaterThanOrEqual(0);
    }
  }, 240_000);

  it('fanout --nodes 2 runs the same load against one node and two on Postgres and Redis, cross-node apart', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'run.ts', 'fanout', '--nodes', '2', '--tiny'],
      { cwd: path.join(repoRoot, 'bench') },
    );
    expect(stdout).toMatch(
      /fanout --nodes 2 100\/s: cross-node p50 [\d.]+ ms \(same-node [\d.]+ ms\) against 1 node's p50 [\d.]+ ms: [+-][\d.]+ ms \(target ≤ \+2 ms\)/,
    );
    expect(stdout).toMatch(
      /fanout --nodes 2: saturation \(p99 > 100 ms\) 1 node (≥ )?\d+\/s \(.+\), 2 nodes (≥ )?\d+\/s \(.+\): [\d.]+× \(target ≥ 1\.6×\)/,
    );
    const results = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'bench/results/fanout-2nodes-tiny.json'), 'utf8'),
    );
    const [one, two] = results.figures.steady as Array<{
      server: string;
      undelivered: number;
      diverged: number;
      nodeCpuPerEditUs: number[];
      serviceCpuPercent: { postgres: number; redis: number };
      crossNode: { p50: number } | null;
      sameNode: { p50: number } | null;
    }>;
    expect([one?.server, two?.server]).toEqual(['Pactum, 1 node', 'Pactum, 2 nodes']);
    // Every edit reached every receiver, light ones (which only read clocks) too, and crossed to the
    // other node; the full clients ended with the same treaty; both nodes and Postgres did the work.
    expect(one?.undelivered).toBe(0);
    expect(two?.undelivered).toBe(0);
    expect([one?.diverged, two?.diverged]).toEqual([0, 0]);
    expect(one?.crossNode).toBeNull();
    expect(two?.crossNode?.p50).toBeGreaterThan(0);
    expect(two?.sameNode?.p50).toBeGreaterThan(0);
    expect(two?.nodeCpuPerEditUs).toHaveLength(2);
    for (const us of two?.nodeCpuPerEditUs ?? []) expect(us).toBeGreaterThan(0);
    expect(two?.serviceCpuPercent.postgres).toBeGreaterThan(0);
    // Redis relays a few hundred small entries in the tiny run: less than a clock tick, at times.
    expect(two?.serviceCpuPercent.redis).toBeGreaterThanOrEqual(0);
    for (const ramp of results.figures.ramp as Array<{ steps: unknown[]; bottleneck: { where: string } }>) {
      expect(ramp.steps.length).toBeGreaterThanOrEqual(1);
      expect(ramp.bottleneck.where).not.toBe('');
    }
  }, 360_000);

  it('idle measures our latency against a raw two-process round trip in the same run', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'run.ts', 'idle', '--tiny'], {
      cwd: path.join(repoRoot, 'bench'),
    });
    expect(stdout).toMatch(
      /idle: Pactum p50 [\d.]+ ms against raw RTT [\d.]+ ms \+ 0\.5 ms = [\d.]+ ms: (met|missed by)/,
    );
    const results = JSON.parse(fs.readFileSync(path.join(repoRoot, 'bench/results/idle-tiny.json'), 'utf8'));
    expect(results.figures.rawRoundTrip.runs).toBeGreaterThan(50);
    expect(results.figures.pactum.runs).toBeGreaterThan(50);
    expect(results.figures.storeCommit.runs).toBeGreaterThan(10);
    expect(results.figures.undelivered).toBe(0);
  }, 120_000);

  it('keystroke types into our editor and plain Tiptap pages in Chromium at two sizes and writes its figures', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'run.ts', 'keystroke', '--tiny'], {
      cwd: path.join(repoRoot, 'bench'),
    });
    expect(stdout).toMatch(
      /keystroke 8 articles, 2 carets: p95 [\d.]+ ms \(target ≤ 16 ms\), median of the rounds' p95s [\d.]+ ms; plain Tiptap p95 [\d.]+ ms \([\d.]+×\)/,
    );
    expect(stdout).toMatch(
      /keystroke 12 articles, 3 carets: p95 [\d.]+ ms, [\d.]+× plain Tiptap overall; median of the rounds' p95s [\d.]+ ms against [\d.]+ ms: [\d.]+× \(per round [\d.]+×; target ≤ 1\.0×\); [\d.]+× without content-visibility; 200 remote updates\/s cost [\d.]+ ms each, keeps up: (yes|no)/,
    );
    const results = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'bench/results/keystroke-tiny.json'), 'utf8'),
    );
    const { real, large } = results.figures;
    // Every keystroke was seen by the page and reached its next frame.
    for (const editor of ['ours', 'plain']) expect(real.editors[editor].typing.latency.runs).toBe(20);
    for (const editor of ['ours', 'plain', 'plainDefault']) {
      expect(large.editors[editor].typing.latency.runs).toBe(20);
      expect(large.editors[editor].underUpdates.latency.runs).toBe(10);
      expect(large.editors[editor].remote.msPerUpdate.runs).toBe(1);
    }
    expect(large.againstPlain.perRound).toHaveLength(1);
    // The remote typist's updates reached our page through the server.
    expect(large.editors.ours.remote.messages.median).toBeGreaterThan(0);
  }, 240_000);
});
