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

/** One treaty size as measured: every editor's rounds. */
export interface CaseResult {
  scale: Scale;
  words: number;
  rounds: Map<string, EditorRounds>;
}

function figuresOf({ rounds }: CaseResult) {
  return [...rounds].map(([key, r]) => ({
    key,
    label: LABELS[key] ?? key,
    typing: typingFigures(r.typing),
    underUpdates: typingFigures(r.underUpdates),
    remote: r.remote.length > 0 ? remoteFigures(r.remote) : null,
  }));
}
type EditorFigures = ReturnType<typeof figuresOf>[number];

function printTables(result: CaseResult, editors: EditorFigures[]): void {
  const { scale, words } = result;
  console.log(
    `keystroke: ${scale.clauses} clauses, ${words} words (English and Ukrainian), ${scale.carets} remote carets moving, ${scale.rounds} rounds × ${scale.keystrokes} keystrokes, one every ${CADENCE_MS} ms`,
  );
  const typingHeader = (title: string) =>
    `${title.padEnd(40)} ${col('keys', 5)} ${col('median', 9)} ${col('p95', 9)} ${col('p99', 9)}   ${'min – max'.padEnd(19)} ${col('work p50', 9)} ${col('p95', 8)}   p95 per round`;
  const typingRow = (label: string, f: ReturnType<typeof typingFigures>) =>
    `${label.padEnd(40)} ${col(String(f.latency.runs), 5)} ${col(ms(f.latency.median), 9)} ${col(ms(f.latency.p95), 9)} ${col(ms(f.latency.p99), 9)}   ${`${ms(f.latency.min)} – ${ms(f.latency.max)}`.padEnd(19)} ${col(ms(f.work.p50), 9)} ${col(ms(f.work.p95), 8)}   ${f.roundP95.map((v) => v.toFixed(1)).join(', ')}`;
  console.log(typingHeader('typing: keydown → next frame'));
  for (const editor of editors) console.log(typingRow(editor.label, editor.typing));
  const medians = (f: ReturnType<typeof typingFigures>['medians']) =>
    `input delay ${ms(f.inputDelay)}, handling ${ms(f.processing)}, waiting for the frame ${ms(f.frameWait)}, frame ${ms(f.frame)}`;
  for (const editor of editors) console.log(`  medians, ${editor.key}: ${medians(editor.typing.medians)}`);
  if (scale.typingOnly) return;
  console.log(typingHeader(`typing while ${REMOTE_RATE} updates/s arrive`));
  for (const editor of editors) console.log(typingRow(editor.label, editor.underUpdates));
  console.log(
    `${`${REMOTE_RATE} updates/s for ${scale.burstSeconds} s`.padEnd(40)} ${col('ms/update', 10)} ${col('busy', 6)} ${col('handler p50', 12)} ${col('p95', 8)} ${col('messages', 9)} ${col('lag', 9)}`,
  );
  for (const { label, remote: r } of editors) {
    if (!r) continue;
    console.log(
      `${label.padEnd(40)} ${col(r.msPerUpdate.median.toFixed(2), 10)} ${col(`${r.busyPercent.median.toFixed(0)}%`, 6)} ${col(ms(r.handlerMs.p50), 12)} ${col(ms(r.handlerMs.p95), 8)} ${col(String(r.messages.median), 9)} ${col(ms(r.lagMs.median), 9)}`,
    );
  }
}

function pick(editors: EditorFigures[], key: string): EditorFigures {
  const editor = editors.find((e) => e.key === key);
  if (!editor) throw new Error(`${key} is missing from the results`);
  return editor;
}

/** Ours against an anchor: overall p95, the medians of the rounds' p95s, and each round's ratio. */
function against(ours: EditorFigures, anchor: EditorFigures) {
  const perRound = ours.typing.roundP95.map((p95, i) => p95 / (anchor.typing.roundP95[i] ?? Number.NaN));
  const oursRounds = median(ours.typing.roundP95);
  const anchorRounds = median(anchor.typing.roundP95);
  return {
    overall: ours.typing.latency.p95 / anchor.typing.latency.p95,
    oursRoundsMedian: oursRounds,
    anchorRoundsMedian: anchorRounds,
    roundsMedian: oursRounds / anchorRounds,
    perRound,
    perRoundMedian: median(perRound),
  };
}

const times = (ratio: number) => `${ratio.toFixed(2)}×`;

/** Prints the tables and the summary lines of both sizes, and writes the figures to bench/results. */
export function report(
  tiny: boolean,
  cases: { real: CaseResult | null; large: CaseResult | null },
  wallMs: number,
): void {
  const figures: Record<string, unknown> = { cadenceMs: CADENCE_MS, remoteRate: REMOTE_RATE, wallMs };
  const summary: string[] = [];
  for (const [name, result] of Object.entries(cases)) {
    if (!result) continue;
    const editors = figuresOf(result);
    printTables(result, editors);
    const ours = pick(editors, 'ours');
    const plain = against(ours, pick(editors, 'plain'));
    const { scale } = result;
    const entry: Record<string, unknown> = {
      clauses: scale.clauses,
      words: result.words,
      carets: scale.carets,
      rounds: scale.rounds,
      keystrokesPerRound: scale.keystrokes,
      againstPlain: plain,
      editors: Object.fromEntries(editors.map(({ key, label, ...f }) => [key, { label, ...f }])),
    };
    if (scale.typingOnly) {
      summary.push(
        `keystroke ${scale.clauses} articles, ${scale.carets} carets: p95 ${ms(ours.typing.latency.p95)} (target ≤ 16 ms), median of the rounds' p95s ${ms(plain.oursRoundsMedian)}; plain Tiptap p95 ${ms(pick(editors, 'plain').typing.latency.p95)} (${times(plain.overall)})`,
      );
    } else {
      const noSkipping = against(ours, pick(editors, 'plainDefault'));
      const remote = ours.remote;
      const keepsUp = remote !== null && remote.busyPercent.max < 100 && remote.lagMs.max < 250;
      entry.againstPlainWithoutContentVisibility = noSkipping;
      entry.keepsUp = keepsUp;
      summary.push(
        `keystroke ${scale.clauses} articles, ${scale.carets} carets: p95 ${ms(ours.typing.latency.p95)}, ${times(plain.overall)} plain Tiptap overall; median of the rounds' p95s ${ms(plain.oursRoundsMedian)} against ${ms(plain.anchorRoundsMedian)}: ${times(plain.roundsMedian)} (per round ${plain.perRound.map(times).join(', ')}; target ≤ 1.0×); ${times(noSkipping.overall)} without content-visibility; ${REMOTE_RATE} remote updates/s cost ${(remote?.msPerUpdate.median ?? Number.NaN).toFixed(2)} ms each, keeps up: ${keepsUp ? 'yes' : 'no'}`,
      );
    }
    figures[name] = entry;
  }
  for (const line of summary) console.log(line);
  console.log(`keystroke took ${(wallMs / 60_000).toFixed(1)} min`);
  const file = writeResults(tiny ? 'keystroke-tiny' : 'keystroke', figures);
  console.log(`results: ${file}`);
}
