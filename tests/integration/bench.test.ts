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
    expect(stdout).toMatch(
      /fanout 250\/s: Pactum p50\/p95\/p99 [\d.]+ ms \/ [\d.]+ ms \/ [\d.]+ ms, reference .+: p99 ([\d.]+×|— \(generator-bound\))/,
    );
    expect(stdout).toMatch(
      /fanout: saturation \(every edit to every client, p99 ≤ 100 ms, a failure the server's not the generator's\) Pactum (≥ |between )?\d+\/s/,
    );
    const results = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'bench/results/fanout-tiny.json'), 'utf8'),
    );
    type Row = {
      server: string;
      rate: number;
      undelivered: number;
      diverged: number;
      fullClients: number;
      lightReceivers: number;
      lightTypists: number;
      pooled: { runs: number };
      serverCpuPercent: number;
      serverCpuPerDeliveryUs: number;
      durable: { runs: number } | null;
      generatorCpuPercent: number;
      generatorBusiest: number;
      generatorEventLoopDelayP99: number;
      generatorLagP99: number;
      generatorBound: boolean;
    };
    const steady = results.figures.steady as Row[];
    expect(steady.map((s) => [s.server, s.rate])).toEqual([
      ['Pactum', 100],
      ['@y/websocket-server 0.1.1', 100],
      ['Pactum', 250],
      ['@y/websocket-server 0.1.1', 250],
    ]);
    const rows = [...steady, ...(results.figures.ramp as Array<{ steps: Row[] }>).flatMap((r) => r.steps)];
    for (const row of rows) {
      // Every edit reached every other client of either server, light ones (which only read the
      // clocks of each frame) too, and the full clients ended with the server's treaty.
      expect(row.undelivered).toBe(0);
      expect(row.diverged).toBe(0);
      expect(row.pooled.runs).toBeGreaterThan(0);
      expect(row.serverCpuPercent).toBeGreaterThan(0);
      expect(row.serverCpuPerDeliveryUs).toBeGreaterThan(0);
      // The seeder and 2 full receivers; 3 light receivers; the 4 typists read clocks too.
      expect([row.fullClients, row.lightReceivers, row.lightTypists]).toEqual([3, 3, 4]);
      // The generator's own load is measured beside every row.
      expect(row.generatorCpuPercent).toBeGreaterThan(0);
      expect(row.generatorBusiest).toBeGreaterThan(0);
      expect(row.generatorEventLoopDelayP99).toBeGreaterThanOrEqual(0);
      expect(row.generatorLagP99).toBeGreaterThanOrEqual(0);
      expect(typeof row.generatorBound).toBe('boolean');
    }
    // A ratio only from rows the generator did not bound, and a refusal otherwise.
    for (const comparison of results.figures.comparisons as Array<{
      rate: number;
      p99Ratio: number | null;
      cpuPerDeliveryRatio: number | null;
    }>) {
      const bound = steady.some((s) => s.rate === comparison.rate && s.generatorBound);
      expect(comparison.p99Ratio === null).toBe(bound);
      expect(comparison.cpuPerDeliveryRatio === null).toBe(bound);
      expect(stdout.includes(`fanout ${comparison.rate}/s: `)).toBe(true);
      const line = stdout.split('\n').find((l) => l.startsWith(`fanout ${comparison.rate}/s: `)) ?? '';
      expect(line.includes('p99 — (generator-bound)')).toBe(bound);
    }
    // Our typists hear Durable for their edits; the reference has no such thing.
    expect(steady[0]?.durable?.runs).toBeGreaterThan(0);
    expect(steady[1]?.durable).toBeNull();
    for (const ramp of results.figures.ramp as Array<{ steps: unknown[]; saturation: number }>) {
      expect(ramp.steps.length).toBeGreaterThanOrEqual(1);
      expect(ramp.saturation).toBeGreaterThanOrEqual(0);
    }
    const { saturation } = results.figures;
    if (!saturation.ours.exact || !saturation.reference.exact) expect(saturation.ratio).toBeNull();
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

  it('firstload opens our editor and plain Tiptap cold from the same server and counts the JavaScript', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'run.ts', 'firstload', '--tiny'], {
      cwd: path.join(repoRoot, 'bench'),
    });
    expect(stdout).toMatch(
      /firstload: Pactum median [\d.]+ ms \(p95 [\d.]+ ms\), plain Tiptap median [\d.]+ ms: [\d.]+× \(target ≤ 1\.2×; per round .*\); JavaScript before editable [\d.]+ kB gzipped \(target ≤ 250 kB\)/,
    );
    const results = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'bench/results/firstload-tiny.json'), 'utf8'),
    );
    for (const editor of ['ours', 'plain']) {
      // Every round loaded both editors to the end: editable, with the whole treaty.
      expect(results.figures.editors[editor].samples).toHaveLength(2);
      expect(results.figures.editors[editor].editableMs.median).toBeGreaterThan(0);
      expect(results.figures.editors[editor].javascript.gzip).toBeGreaterThan(0);
    }
    // Our editor's route fetched its entry and the editor's chunk before it was editable.
    expect(results.figures.editors.ours.javascript.files).toBeGreaterThan(2);
  }, 120_000);
});
