import fs from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { installProbe } from './probe.ts';

const CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, as in the browser tests, with its usual 60 Hz
 * frames (updates arriving between two frames are drawn once, as for a user);
 * timers and rendering are never throttled for a page in the background.
 */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      ...extraArgs,
    ],
  });
}

/** A context of its own (own cookies, own renderer) with the probe installed before any page script. */
export async function probedContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(installProbe);
  return context;
}

/** Joins our treaty through an invite link in `context` and waits for all `clauses` articles to be live. */
export async function openOurEditor(
  context: BrowserContext,
  inviteUrl: string,
  clauses: number,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(inviteUrl);
  await page.getByLabel('Display name').fill('Keystroke Bench');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByTestId('connection-status').filter({ hasText: 'Live' }).waitFor({ timeout: 60_000 });
  await page.waitForFunction((n) => document.querySelectorAll('section.clause').length === n, clauses, {
    timeout: 60_000,
  });
  return page;
}

/** Puts the caret in the middle of the first paragraph of article `index` (0-based), as a click would. */
export async function placeCaret(page: Page, index: number): Promise<void> {
  const paragraph = page.locator('section.clause').nth(index).locator('.clause-body p').first();
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
}

/** The text of article `index`'s body in the page. */
export function clauseBodyText(page: Page, index: number): Promise<string> {
  return page
    .locator('section.clause')
    .nth(index)
    .locator('.clause-body')
    .evaluate((element) => element.textContent ?? '');
}
