import type { Browser, CDPSession, Page } from 'playwright-core';
import { clauseBodyText, launchChromium, openOurEditor, placeCaret, probedContext } from './benchPages.ts';
import { type CaseResult, type EditorRounds, type RemoteRound, report } from './keystrokeReport.ts';
import { CADENCE_MS, FULL, REAL, REMOTE_RATE, type Scale, TINY, TINY_REAL } from './keystrokeScale.ts';
import { busyDuring, messagesSince, sleep, textToType, typeSteadily } from './measure.ts';
import { openPlainEditor } from './plainPage.ts';
import { RemoteCrowd } from './RemoteCrowd.ts';
import { benchTreaty, importTreaty, inviteDrafters } from './seedTreaty.ts';
import { startPactum } from './startPactum.ts';

/** One editor under test and how updates from "others" reach it. */
interface Target {
  key: string;
  page: Page;
  cdp: CDPSession;
  /** `count` updates at REMOTE_RATE per second into the article after the focus. */
  updates(count: number): Promise<Omit<RemoteRound, 'msPerUpdate' | 'busyPercent'>>;
  carets(moving: boolean): void;
}

async function ourEditor(browser: Browser, url: string, scale: Scale, crowd: RemoteCrowd): Promise<Target> {
  const page = await openOurEditor(await probedContext(browser), url, scale.clauses);
  const after = crowd.focus + 1;
  return {
    key: 'ours',
    page,
    cdp: await page.context().newCDPSession(page),
    async updates(count) {
      await page.evaluate(() => window.__probe.reset());
      const { lastSentAt, tail } = await crowd.typeBurst(count, REMOTE_RATE);
      await page.waitForFunction(
        ([index, expected]) =>
          document
            .querySelectorAll('section.clause .clause-body')
            [index as number]?.textContent?.includes(expected as string),
        [after, tail] as const,
        { polling: 5, timeout: 60_000 },
      );
      const lagMs = Date.now() - lastSentAt;
      const messages = (await messagesSince(page)).filter((message) => message.type === 0);
      return { lagMs, messages: messages.length, handlerMs: messages.map((message) => message.ms) };
    },
    carets: (moving) => (moving ? crowd.startCarets() : crowd.stopCarets()),
  };
}

async function plainEditor(browser: Browser, doc: unknown, focus: number, skipOffscreen: boolean) {
  const page = await openPlainEditor(await probedContext(browser), doc, { skipOffscreen });
  const target: Target = {
    key: skipOffscreen ? 'plain' : 'plainDefault',
    page,
    cdp: await page.context().newCDPSession(page),
    async updates(count) {
      const handlerMs = await page.evaluate(
        ([clause, n, rate]) => window.plainEditor.applyUpdates(clause, n, rate),
        [focus + 1, count, REMOTE_RATE] as const,
      );
      return { lagMs: 0, messages: count, handlerMs };
    },
    carets: () => {},
  };
  return target;
}

/** One round on one editor: typing, idle, incoming updates, typing while they come (typing only at the real size). */
async function round(target: Target, scale: Scale, text: string, rounds: EditorRounds): Promise<void> {
  const burst = scale.burstSeconds * REMOTE_RATE;
  const { page, cdp } = target;
  target.carets(true);
  rounds.typing.push(await typeSteadily(page, cdp, text, CADENCE_MS));
  if (scale.typingOnly) {
    target.carets(false);
    return;
  }
  const idle = await busyDuring(cdp, () => sleep(scale.burstSeconds * 1000));
  const received = await busyDuring(cdp, () => target.updates(burst));
  const idleRate = idle.busy.task / idle.wallMs;
  rounds.remote.push({
    ...received.result,
    msPerUpdate: Math.max(0, received.busy.task - idleRate * received.wallMs) / burst,
    busyPercent: (100 * received.busy.task) / received.wallMs,
  });
  const half = text.slice(0, Math.ceil(text.length / 2));
  const meanwhile = target.updates(Math.round(half.length * CADENCE_MS * (REMOTE_RATE / 1000)));
  rounds.underUpdates.push(await typeSteadily(page, cdp, half, CADENCE_MS));
  await meanwhile;
  target.carets(false);
}

/** One treaty of `scale.clauses` articles: our editor and the plain anchors, typed into in turns, in one browser. */
async function runCase(scale: Scale): Promise<CaseResult> {
  const focus = Math.floor(scale.clauses / 2);
  const server = await startPactum();
  const browser = await launchChromium();
  let crowd: RemoteCrowd | undefined;
  try {
    const treaty = benchTreaty(scale.clauses, scale.wordsPerClause);
    const treatyId = await importTreaty(server, treaty.json);
    const people = await RemoteCrowd.join(server, treatyId, scale.carets, scale.clauses, focus);
    crowd = people;
    const invite = await inviteDrafters(server, treatyId, 'UA');
    const targets = [
      await ourEditor(browser, invite.url, scale, people),
      await plainEditor(browser, people.documentJSON(), focus, true),
    ];
    // Without content-visibility the plain editor only matters at the large size (and takes seconds a key there).
    if (!scale.typingOnly) targets.push(await plainEditor(browser, people.documentJSON(), focus, false));
    const rounds = new Map<string, EditorRounds>();
    for (const target of targets) {
      await target.cdp.send('Performance.enable');
      await placeCaret(target.page, focus);
      await typeSteadily(target.page, target.cdp, textToType(10), CADENCE_MS); // warm-up
      rounds.set(target.key, { typing: [], underUpdates: [], remote: [] });
    }
    for (let i = 0; i < scale.rounds; i++) {
      // Each round in another order, so no editor always follows the same one.
      const order = targets.map((_, j) => targets[(i + j) % targets.length] as Target);
      for (const target of order)
        await round(
          target,
          scale,
          textToType(scale.keystrokes, i * 37),
          rounds.get(target.key) as EditorRounds,
        );
    }
    for (const { key, page } of targets) {
      const body = await clauseBodyText(page, focus);
      if (!body.includes(textToType(10))) throw new Error(`${key}: the typed text is not in the article`);
    }
    return { scale, words: treaty.words, rounds };
  } finally {
    await browser.close();
    crowd?.destroy();
    await server.stop();
  }
}

/**
 * The real-size treaty (60 articles, 5 carets) and the large one (500
 * articles, 20 carets, remote updates), each against plain Tiptap in the same
 * run. `--articles=60` or `--articles=500` runs one of them.
 */
export async function keystrokeBench(tiny: boolean): Promise<void> {
  const only = process.argv.find((arg) => arg.startsWith('--articles='))?.slice('--articles='.length);
  const started = performance.now();
  const real = only === undefined || only === '60' ? await runCase(tiny ? TINY_REAL : REAL) : null;
  const large = only === undefined || only === '500' ? await runCase(tiny ? TINY : FULL) : null;
  report(tiny, { real, large }, performance.now() - started);
}
