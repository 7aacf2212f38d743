// Where a keystroke's time goes: `node --import tsx src/keystroke/keystrokeProfile.ts [articles] [carets]`
// (from bench/, after `npm run build`). Types into our editor and into plain Tiptap under a Chromium
// trace and prints, per keystroke, the renderer main thread's self time by kind: our page's script
// against Chromium's own style, layout and paint.
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, openOurEditor, placeCaret, probedContext } from './benchPages.ts';
import { CADENCE_MS } from './keystrokeScale.ts';
import { textToType, typeSteadily } from './measure.ts';
import { openPlainEditor } from './plainPage.ts';
import { RemoteCrowd } from './RemoteCrowd.ts';
import { benchTreaty, importTreaty, inviteDrafters } from './seedTreaty.ts';
import { startPactum } from './startPactum.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: unknown;
}

/** What each trace event on the main thread is, by its name; its self time counts there. */
const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.callFunction': 'script',
  'v8.run': 'script',
  RunMicrotasks: 'script',
  V8Execute: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  'v8.gc': 'gc',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  'LocalFrameView::RunPostLayoutIntersectionObserverSteps': 'layout',
  IntersectionObserverController: 'layout',
  HitTest: 'layout',
  ScrollLayer: 'paint',
  Commit: 'paint',
  CompositeLayers: 'paint',
};

/** Self time on the renderer's main thread, by kind, in ms; events nest, so each counts only its own time. */
function selfTimes(events: TraceEvent[]): Record<string, number> {
  // The page's renderer: the main thread that dispatched the keydowns (the trace holds every process).
  const main = events.find(
    (e) => e.name === 'EventDispatch' && (e.args as { data?: { type?: string } })?.data?.type === 'keydown',
  );
  if (!main) throw new Error('no keydown in the trace');
  const spans = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals: Record<string, number> = {};
  const stack: { end: number; kind: string; self: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length > 0 && (stack.at(-1) as { end: number }).end <= upTo) {
      const done = stack.pop() as { kind: string; self: number };
      totals[done.kind] = (totals[done.kind] ?? 0) + done.self / 1000;
    }
  };
  for (const span of spans) {
    close(span.ts);
    const parent = stack.at(-1);
    const dur = span.dur ?? 0;
    if (parent) parent.self -= dur;
    // An event of no known kind inside another counts as its parent's (a task's own bookkeeping as "other").
    const kind = KINDS[span.name] ?? (parent && span.name !== 'RunTask' ? parent.kind : 'other');
    stack.push({ end: span.ts + dur, kind, self: dur });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

async function traced(page: Page, cdp: CDPSession, text: string): Promise<Record<string, number>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,v8',
    transferMode: 'ReportEvents',
  });
  const samples = await typeSteadily(page, cdp, text, CADENCE_MS);
  await cdp.send('Tracing.end');
  await done;
  const totals = selfTimes(events);
  const latencies = samples.map((s) => s.latency).sort((a, b) => a - b);
  totals.p95 = latencies[Math.ceil(0.95 * latencies.length) - 1] ?? Number.NaN;
  totals.median = latencies[Math.ceil(0.5 * latencies.length) - 1] ?? Number.NaN;
  return totals;
}

/** Self time of our page's JavaScript by function (a CPU profile while typing), the top `count`. */
async function topFunctions(page: Page, cdp: CDPSession, text: string, count: number) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await typeSteadily(page, cdp, text, CADENCE_MS);
  const { profile } = await cdp.send('Profiler.stop');
  const deltas = profile.timeDeltas ?? [];
  const byNode = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => {
    byNode.set(id, (byNode.get(id) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.split('/').at(-1) ?? '';
    const where = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    byFunction.set(where, (byFunction.get(where) ?? 0) + (byNode.get(node.id) ?? 0));
  }
  return [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, count);
}

const articles = Number(process.argv[2] ?? 60);
const carets = Number(process.argv[3] ?? 5);
const keys = 150;
const server = await startPactum();
const browser = await launchChromium();
const focus = Math.floor(articles / 2);
let crowd: RemoteCrowd | undefined;
try {
  const treaty = benchTreaty(articles, 300);
  const treatyId = await importTreaty(server, treaty.json);
  crowd = await RemoteCrowd.join(server, treatyId, carets, articles, focus);
  const invite = await inviteDrafters(server, treatyId, 'UA');
  const ours = await openOurEditor(await probedContext(browser), invite.url, articles);
  const plain = await openPlainEditor(await probedContext(browser), crowd.documentJSON(), {
    skipOffscreen: true,
  });
  console.log(
    `${articles} articles, ${carets} carets moving, ${keys} keys traced per editor, one every ${CADENCE_MS} ms`,
  );
  console.log(
    'ms per keystroke (renderer main thread, self time)   script     gc  style layout  paint  other |  p95 median',
  );
  // A constructed sheet: the page's CSP refuses inline styles.
  const hide = (page: Page) =>
    page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        '.clause-overlay, .clause-tags, .agreement-marker, .concordance-badge { display: none !important; }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
  for (const [name, page, before, carets] of [
    ['ours, no caret moving', ours, null, false],
    ['ours', ours, null, true],
    ['ours, controls display:none', ours, hide, true],
    ['plain Tiptap', plain, null, false],
  ] as const) {
    const cdp = await page.context().newCDPSession(page);
    await before?.(page);
    await placeCaret(page, focus);
    await typeSteadily(page, cdp, textToType(20), CADENCE_MS); // warm-up
    if (carets) crowd.startCarets();
    // How often the layer beside the text changes while typing (it should not).
    await page.evaluate(() => {
      const layer = document.querySelector('.clause-overlay');
      const counts = { mutations: 0, sibling: layer?.previousElementSibling?.className ?? null };
      (window as unknown as { __layer: typeof counts }).__layer = counts;
      if (layer)
        new MutationObserver((records) => {
          counts.mutations += records.length;
        }).observe(layer, { subtree: true, childList: true, attributes: true });
    });
    const t = await traced(page, cdp, textToType(keys, 11));
    console.log(
      `  layer: ${JSON.stringify(await page.evaluate(() => (window as unknown as { __layer: unknown }).__layer))}`,
    );
    const per = (kind: string) => ((t[kind] ?? 0) / keys).toFixed(2).padStart(6);
    console.log(
      `${name.padEnd(52)} ${per('script')} ${per('gc')} ${per('style')} ${per('layout')} ${per('paint')} ${per('other')} | ${(t.p95 ?? 0).toFixed(1).padStart(5)} ${(t.median ?? 0).toFixed(1).padStart(6)}`,
    );
    if (name === 'ours') {
      const top = await topFunctions(page, cdp, textToType(keys, 23), 25);
      console.log('  our page, JavaScript self time per keystroke by function (minified names):');
      for (const [where, ms] of top) console.log(`    ${(ms / keys).toFixed(3).padStart(7)} ms  ${where}`);
    }
    crowd.stopCarets();
    await cdp.detach();
  }
} finally {
  await browser.close();
  crowd?.destroy();
  await server.stop();
}
