import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ms, stats } from '../stats.ts';
import { writeResults } from '../writeResults.ts';
import type { LoadSample } from './loadPage.ts';

export const TARGET_RATIO = 1.2;
export const TARGET_GZIP_KB = 250;

/** What one editor fetched before it was editable, in its first measured round: each file once. */
function scriptBytes(sample: LoadSample, servedDir: string) {
  const files = [...new Map(sample.scripts.map((script) => [script.url, script])).values()].map((script) => {
    const body = fs.readFileSync(path.join(servedDir, script.url));
    return {
      file: script.url,
      decoded: script.decodedBytes,
      transfer: script.transferBytes,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
    };
  });
  files.sort((a, b) => b.gzip - a.gzip);
  const sum = (key: 'decoded' | 'transfer' | 'gzip') => files.reduce((total, file) => total + file[key], 0);
  return {
    files: files.length,
    decoded: sum('decoded'),
    transfer: sum('transfer'),
    gzip: sum('gzip'),
    perFile: files,
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export interface FirstloadResult {
  tiny: boolean;
  clauses: number;
  words: number;
  clientDir: string;
  servedDir: string;
  ours: LoadSample[];
  plain: LoadSample[];
  wallMs: number;
}

/** Prints time to editable for both editors, their ratio and the bytes, and writes the figures. */
export function report(result: FirstloadResult): void {
  const { ours, plain } = result;
  const oursMs = stats(ours.map((sample) => sample.editableMs));
  const plainMs = stats(plain.map((sample) => sample.editableMs));
  const perRound = ours.map((sample, i) => sample.editableMs / (plain[i]?.editableMs ?? Number.NaN));
  const ratio = oursMs.median / plainMs.median;
  const oursBytes = scriptBytes(ours[0] as LoadSample, result.servedDir);
  const plainBytes = scriptBytes(plain[0] as LoadSample, result.servedDir);
  console.log(
    `firstload: ${result.clauses} articles, ${result.words} words, ${ours.length} rounds, each load in a fresh browser context (cold cache), client from ${result.clientDir}`,
  );
  const row = (label: string, s: typeof oursMs, bytes: typeof oursBytes) =>
    `${label.padEnd(36)} ${ms(s.median).padStart(10)} ${ms(s.p95).padStart(10)}   ${`${ms(s.min)} – ${ms(s.max)}`.padEnd(22)} ${String(bytes.files).padStart(5)} ${kB(bytes.gzip).padStart(10)} ${kB(bytes.decoded).padStart(10)}`;
  console.log(
    `${'navigation → editable and synced'.padEnd(36)} ${'median'.padStart(10)} ${'p95'.padStart(10)}   ${'min – max'.padEnd(22)} ${'files'.padStart(5)} ${'JS gzip'.padStart(10)} ${'decoded'.padStart(10)}`,
  );
  console.log(row('Pactum', oursMs, oursBytes));
  console.log(row('plain Tiptap + Yjs, same server', plainMs, plainBytes));
  console.log('  Pactum JavaScript before editable, per file (gzip -9, decoded):');
  for (const file of oursBytes.perFile)
    console.log(`    ${file.file.padEnd(48)} ${kB(file.gzip).padStart(10)} ${kB(file.decoded).padStart(10)}`);
  console.log(
    `firstload: Pactum median ${ms(oursMs.median)} (p95 ${ms(oursMs.p95)}), plain Tiptap median ${ms(plainMs.median)}: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×; per round ${perRound.map((r) => `${r.toFixed(2)}×`).join(', ')}); JavaScript before editable ${kB(oursBytes.gzip)} gzipped (target ≤ ${TARGET_GZIP_KB} kB), ${kB(oursBytes.decoded)} decoded, ${oursBytes.files} files; plain ${kB(plainBytes.gzip)} gzipped`,
  );
  console.log(`firstload took ${(result.wallMs / 60_000).toFixed(1)} min`);
  const file = writeResults(result.tiny ? 'firstload-tiny' : 'firstload', {
    clauses: result.clauses,
    words: result.words,
    rounds: ours.length,
    clientDir: result.clientDir,
    targets: { ratio: TARGET_RATIO, gzipKB: TARGET_GZIP_KB },
    ratio,
    perRound,
    editors: {
      ours: { editableMs: oursMs, samples: ours.map((s) => s.editableMs), javascript: oursBytes },
      plain: { editableMs: plainMs, samples: plain.map((s) => s.editableMs), javascript: plainBytes },
    },
    wallMs: result.wallMs,
  });
  console.log(`results: ${file}`);
}
