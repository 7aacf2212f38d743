import { ms, stats } from '../stats.ts';
import { writeResults } from '../writeResults.ts';
import { CADENCE_MS, REMOTE_RATE, type Scale } from './keystrokeScale.ts';
import type { KeystrokeSample } from './probe.ts';

/** Updates from others arriving for a few seconds, as one editor handled them. */
export interface RemoteRound {
  /** Main-thread ms per update, less what the page spends when nothing arrives. */
  msPerUpdate: number;
  busyPercent: number;
  /** From the last update sent to its text being in the page. */
  lagMs: number;
  /** Document messages received (the server may carry several updates in one). */
  messages: number;
  /** Main-thread ms of each message's handler (each transaction's, in the plain editor). */
  handlerMs: number[];
}

export interface EditorRounds {
  typing: KeystrokeSample[][];
  underUpdates: KeystrokeSample[][];
  remote: RemoteRound[];
}

const LABELS: Record<string, string> = {
  ours: 'ours, collaboration and carets',
  plain: 'plain Tiptap, same stylesheet',
  plainDefault: 'plain Tiptap, no content-visibility',
};

/** The keystroke's cost to the page: everything but waiting for the frame clock. */
const work = (sample: KeystrokeSample) => sample.inputDelay + sample.processing + sample.frame;
const median = (values: number[]) => stats(values).median;

function typingFigures(rounds: KeystrokeSample[][]) {
  const all = rounds.flat();
  const part = (name: keyof KeystrokeSample) => median(all.map((sample) => sample[name]));
  return {
    latency: stats(all.map((sample) => sample.latency)),
    work: stats(all.map(work)),
    roundP95: rounds.map((round) => stats(round.map((sample) => sample.latency)).p95),
    medians: {
      inputDelay: part('inputDelay'),
      processing: part('processing'),
      frameWait: part('frameWait'),
      frame: part('frame'),
    },
  };
}

function remoteFigures(rounds: RemoteRound[]) {
  return {
    msPerUpdate: stats(rounds.map((round) => round.msPerUpdate)),
    busyPercent: stats(rounds.map((round) => round.busyPercent)),
    lagMs: stats(rounds.map((round) => round.lagMs)),
    messages: stats(rounds.map((round) => round.messages)),
    handlerMs: stats(rounds.flatMap((round) => round.handlerMs)),
  };
}

const col = (value: string, width: number) => value.padStart(width);

/** Prints the tables and the summary line, and writes the figures to bench/results. */
export function report(tiny: boolean, scale: Scale, words: number, rounds: Map<string, EditorRounds>): void {
  const editors = [...rounds].map(([key, r]) => ({
    key,
    label: LABELS[key] ?? key,
    typing: typingFigures(r.typing),
    underUpdates: typingFigures(r.underUpdates),
    remote: remoteFigures(r.remote),
  }));
  console.log(
    `keystroke: ${scale.clauses} clauses, ${words} words (English and Ukrainian), ${scale.carets} remote carets, ${scale.rounds} rounds × ${scale.keystrokes} keystrokes, one every ${CADENCE_MS} ms`,
  );
  const typingHeader = (title: string) =>
    `${title.padEnd(40)} ${col('keys', 5)} ${col('median', 9)} ${col('p95', 9)} ${col('p99', 9)}   ${'min – max'.padEnd(19)} ${col('work p50', 9)} ${col('p95', 8)}   p95 per round`;
  const typingRow = (label: string, f: ReturnType<typeof typingFigures>) =>
    `${label.padEnd(40)} ${col(String(f.latency.runs), 5)} ${col(ms(f.latency.median), 9)} ${col(ms(f.latency.p95), 9)} ${col(ms(f.latency.p99), 9)}   ${`${ms(f.latency.min)} – ${ms(f.latency.max)}`.padEnd(19)} ${col(ms(f.work.p50), 9)} ${col(ms(f.work.p95), 8)}   ${f.roundP95.map((v) => v.toFixed(1)).join(', ')}`;
  console.log(typingHeader('typing: keydown → next frame'));
  for (const editor of editors) console.log(typingRow(editor.label, editor.typing));
  console.log(typingHeader(`typing while ${REMOTE_RATE} updates/s arrive`));
  for (const editor of editors) console.log(typingRow(editor.label, editor.underUpdates));
  console.log(
    `${`${REMOTE_RATE} updates/s for ${scale.burstSeconds} s`.padEnd(40)} ${col('ms/update', 10)} ${col('busy', 6)} ${col('handler p50', 12)} ${col('p95', 8)} ${col('messages', 9)} ${col('lag', 9)}`,
  );
  for (const { label, remote: r } of editors) {
    console.log(
      `${label.padEnd(40)} ${col(r.msPerUpdate.median.toFixed(2), 10)} ${col(`${r.busyPercent.median.toFixed(0)}%`, 6)} ${col(ms(r.handlerMs.p50), 12)} ${col(ms(r.handlerMs.p95), 8)} ${col(String(r.messages.median), 9)} ${col(ms(r.lagMs.median), 9)}`,
    );
  }
  const byKey = (key: string) => editors.find((editor) => editor.key === key);
  const ours = byKey('ours');
  const plain = byKey('plain');
  const plainDefault = byKey('plainDefault');
  if (!ours || !plain || !plainDefault) throw new Error('an editor is missing from the results');
  const ratio = ours.typing.latency.p95 / plain.typing.latency.p95;
  const ratioDefault = ours.typing.latency.p95 / plainDefault.typing.latency.p95;
  const keepsUp = ours.remote.busyPercent.max < 100 && ours.remote.lagMs.max < 250;
  console.log(
    `keystroke: p95 ${ms(ours.typing.latency.p95)} (target ≤ 16 ms), ${ratio.toFixed(2)}× plain Tiptap with the same stylesheet, ${ratioDefault.toFixed(2)}× without content-visibility (target ≤ 1.5×); ${REMOTE_RATE} remote updates/s cost ${ours.remote.msPerUpdate.median.toFixed(2)} ms each, keeps up: ${keepsUp ? 'yes' : 'no'}`,
  );
  const file = writeResults(tiny ? 'keystroke-tiny' : 'keystroke', {
    clauses: scale.clauses,
    words,
    carets: scale.carets,
    rounds: scale.rounds,
    keystrokesPerRound: scale.keystrokes,
    cadenceMs: CADENCE_MS,
    remoteRate: REMOTE_RATE,
    ratioP95: ratio,
    ratioP95WithoutContentVisibility: ratioDefault,
    keepsUp,
    editors: Object.fromEntries(editors.map(({ key, label, ...figures }) => [key, { label, ...figures }])),
  });
  console.log(`results: ${file}`);
}
