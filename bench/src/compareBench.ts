import { compareTreaties, type TreatyJSON } from '@pactum/shared';
import {
  rewriteHalfUkrainian,
  scatteredUkrainianEdits,
  wholeUkrainianText,
  withUkrainianText,
} from './compareUkrainianText.ts';
import { generateTreaty, rewriteHalf, scatteredEdits, wholeText } from './generateTreaty.ts';
import { runAnchor } from './runAnchor.ts';
import { ms, type Stats, stats, timeRuns } from './stats.ts';
import { writeResults } from './writeResults.ts';

/** Each whole-text anchor gets this long in all; slower ones are reported as cut off. */
const ANCHOR_LIMIT_MS = 60_000;

type AnchorStats = Stats & { cutOff: boolean };

/** Times compareTreaties in `lang` (as read, without) against whole-text diffs of that language's text. */
async function measure(before: TreatyJSON, after: TreatyJSON, runs: number, lang?: 'uk') {
  const ours = stats(timeRuns(runs, () => compareTreaties(before, after, lang)));
  const text = lang === 'uk' ? wholeUkrainianText : wholeText;
  const a = text(before);
  const b = text(after);
  // diffWords with its default tokenizer: with intlSegmenter (needed for Cyrillic) V8 makes it quadratic.
  const jsdiff = await runAnchor('diffWords', a, b, Math.min(runs, 3), ANCHOR_LIMIT_MS);
  const fast = await runAnchor('fastDiff', a, b, Math.min(runs, 3), ANCHOR_LIMIT_MS);
  const diffWords: AnchorStats = { ...stats(jsdiff.samples), cutOff: jsdiff.cutOff };
  const fastDiff: AnchorStats = { ...stats(fast.samples), cutOff: fast.cutOff };
  return { ours, diffWords, fastDiff };
}

const row = (name: string, s: Stats, note = '') =>
  `${name.padEnd(40)} ${ms(s.median).padStart(11)} ${ms(s.p95).padStart(11)} ${ms(s.p99).padStart(11)}   ${ms(s.min)} – ${ms(s.max)}${note}`;

const cut = (anchor: AnchorStats) =>
  anchor.cutOff ? ` (cut off at ${ANCHOR_LIMIT_MS / 1000} s after ${anchor.runs} runs)` : '';

/** An anchor cut off before finishing one run took at least the limit. */
const anchorMs = (anchor: AnchorStats) => (anchor.runs > 0 ? anchor.median : ANCHOR_LIMIT_MS);

export async function compareBench(tiny: boolean): Promise<void> {
  const clauses = tiny ? 8 : 500;
  const runs = tiny ? 1 : 9;
  const wordsPerClause = tiny ? 60 : 300;
  const treaty = generateTreaty(7, clauses, wordsPerClause);
  const bilingual = withUkrainianText(treaty.draft, 17, wordsPerClause);
  const ukWords = bilingual.clauses.reduce(
    (sum, clause) => sum + (clause.texts.uk?.text ?? '').split(/\s+/).length,
    0,
  );
  console.log(
    `compare: ${clauses} clauses, ${treaty.words} words (English and Ukrainian), and a Ukrainian text of ${ukWords} words compared in uk; ${runs} runs each`,
  );
  const edits = tiny ? 10 : 200;
  const cases = {
    scattered: await measure(treaty.json, scatteredEdits(treaty.json, edits, 11), runs),
    rewriteHalf: await measure(treaty.json, rewriteHalf(treaty.json, 13), runs),
    scatteredUk: await measure(bilingual, scatteredUkrainianEdits(bilingual, edits, 11), runs, 'uk'),
    rewriteHalfUk: await measure(bilingual, rewriteHalfUkrainian(bilingual, 13), runs, 'uk'),
  };
  console.log(
    `${'case / implementation'.padEnd(40)} ${'median'.padStart(11)} ${'p95'.padStart(11)} ${'p99'.padStart(11)}   min – max`,
  );
  for (const [name, figures] of Object.entries(cases)) {
    console.log(row(`${name}: compareTreaties`, figures.ours));
    console.log(row(`${name}: diff.diffWords (whole text)`, figures.diffWords, cut(figures.diffWords)));
    console.log(row(`${name}: fast-diff (whole text)`, figures.fastDiff, cut(figures.fastDiff)));
    const faster = Math.min(anchorMs(figures.diffWords), anchorMs(figures.fastDiff)) / figures.ours.median;
    console.log(`${name}: compareTreaties is ${faster.toFixed(1)}× faster than the faster whole-text diff`);
  }
  console.log(
    `results: ${writeResults(tiny ? 'compare-tiny' : 'compare', { clauses, words: treaty.words, ukWords, ...cases })}`,
  );
}
