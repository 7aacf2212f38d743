import type { CDPSession, Page } from 'playwright-core';
import type { KeystrokeSample, MessageSample } from './probe.ts';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const SENTENCE = 'The Parties shall consult each other without delay on any measure under this Article. ';

/** `count` characters of plain English text (Playwright types these as real key presses). */
export function textToType(count: number, offset = 0): string {
  let text = '';
  while (text.length < count + offset) text += SENTENCE;
  return text.slice(offset, offset + count);
}

/** Windows virtual key codes of the characters {@link textToType} produces. */
function keyCode(char: string): number {
  if (/^[a-z0-9]$/i.test(char)) return char.toUpperCase().charCodeAt(0);
  return { ' ': 32, '.': 190, ',': 188 }[char] ?? 0;
}

/** One key press as the OS would send it: keydown (with its text) and keyup, not waiting for the page. */
function press(cdp: CDPSession, char: string): Promise<unknown> {
  const key = { key: char, text: char, unmodifiedText: char, windowsVirtualKeyCode: keyCode(char) };
  return Promise.all([
    cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key }),
    cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: char,
      windowsVirtualKeyCode: key.windowsVirtualKeyCode,
    }),
  ]);
}

/**
 * Types `text` at a steady `everyMs` per character, as a fast typist would:
 * each key is sent on schedule, whether or not the page has handled the last
 * one, so a busy page shows as input delay. Returns what the page measured
 * for each keystroke.
 */
export async function typeSteadily(
  page: Page,
  cdp: CDPSession,
  text: string,
  everyMs: number,
): Promise<KeystrokeSample[]> {
  await page.evaluate(() => window.__probe.reset());
  const start = performance.now();
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < text.length; i++) {
    const wait = start + i * everyMs - performance.now();
    if (wait > 0) await sleep(wait);
    sent.push(press(cdp, text[i] as string));
  }
  await Promise.all(sent);
  await page.waitForFunction((n) => window.__probe.keystrokes.length >= n, text.length, {
    polling: 50,
    timeout: 60_000,
  });
  return page.evaluate(() => window.__probe.keystrokes.slice());
}

export interface MainThread {
  /** Milliseconds the renderer's main thread spent in tasks, in script, in layout and in style. */
  task: number;
  script: number;
  layout: number;
  style: number;
}

/** Chromium's cumulative main-thread times of the page (DevTools Performance domain). */
export async function mainThread(cdp: CDPSession): Promise<MainThread> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => 1000 * (metrics.find((metric) => metric.name === name)?.value ?? 0);
  return {
    task: value('TaskDuration'),
    script: value('ScriptDuration'),
    layout: value('LayoutDuration'),
    style: value('RecalcStyleDuration'),
  };
}

export function since(before: MainThread, after: MainThread): MainThread {
  return {
    task: after.task - before.task,
    script: after.script - before.script,
    layout: after.layout - before.layout,
    style: after.style - before.style,
  };
}

/** Main-thread time the page spends during `run` (and the wall time it took). */
export async function busyDuring<T>(
  cdp: CDPSession,
  run: () => Promise<T>,
): Promise<{ result: T; busy: MainThread; wallMs: number }> {
  const before = await mainThread(cdp);
  const start = performance.now();
  const result = await run();
  const wallMs = performance.now() - start;
  return { result, busy: since(before, await mainThread(cdp)), wallMs };
}

export async function messagesSince(page: Page): Promise<MessageSample[]> {
  return page.evaluate(() => window.__probe.messages.slice());
}
