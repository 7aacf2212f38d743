import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createInvite, joinWithInvite } from '../helpers/access.ts';
import { readClauses, sampleTreatyId } from '../helpers/api.ts';
import {
  article,
  controlsOf,
  launchBrowser,
  openAsDelegate,
  SHOWN_TEXT,
  saveStatus,
  screenshot,
  waitUntilLive,
} from '../helpers/browser.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

/** What a focused element is, for the test's messages and checks. */
interface Focused {
  tag: string;
  name: string;
  selector: boolean;
  within: string;
}

interface Target {
  /** A CSS selector the focused element must match. */
  selector: string;
  /** Its name as a person reads it: aria-label, its label's text, or its own text. */
  name?: string;
  /** Text of the nearest `[data-testid]` ancestor must contain this. */
  within?: string;
}

const describeFocus = (page: Page, target: Target) =>
  page.evaluate(({ selector, within }): Focused | null => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const input = element as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? null;
    const name = (element.getAttribute('aria-label') ?? label ?? element.textContent ?? '').trim();
    const scope = within === undefined ? null : element.closest('[data-testid]');
    return {
      tag: element.tagName.toLowerCase(),
      name,
      selector: element.matches(selector),
      within: scope?.textContent ?? '',
    };
  }, target);

/** Presses Tab (or Shift+Tab) until focus is on `target`; fails after 120 presses. */
async function tabTo(page: Page, target: Target, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press(key);
    const focused = await describeFocus(page, target);
    if (
      focused?.selector &&
      (target.name === undefined || focused.name === target.name) &&
      (target.within === undefined || focused.within.includes(target.within))
    ) {
      return;
    }
    seen.push(focused ? `${focused.tag} "${focused.name.slice(0, 30)}"` : 'body');
  }
  throw new Error(`never reached ${JSON.stringify(target)}; passed ${seen.join(', ')}`);
}

/** Whether the focused element shows that it has focus: an outline or a box shadow. */
const focusIsVisible = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== 'none';
  });

const focusMatches = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

const pathname = (page: Page) => new URL(page.url()).pathname;

/** Every text the live region was given, in order (recorded from the moment this is called). */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="live-announcer"]');
    if (!region) throw new Error('no live region');
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text !== '') said.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said);
}

/** A party's drafter signs off a clause through the REST API, as their own browser would. */
async function signOffAs(server: RunningServer, treatyId: string, clauseId: string, delegation: string) {
  const created = await createInvite(server, treatyId, { delegation, role: 'drafter' });
  const { cookie } = await joinWithInvite(server, created.token, `Drafter ${delegation}`);
  const response = await fetch(`${server.url}/api/treaties/${treatyId}/clauses/${clauseId}/signoff`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(response.status).toBe(200);
}

describe('keyboard only', () => {
  it('opens a treaty, tags and brackets an article, names a version, compares and exports a PDF without a click', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    // The chair of a party delegation: tags, brackets and names versions.
    const { page, errors } = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena Kovalenko',
      delegation: 'UA',
      role: 'chair',
    });
    await page.goto(`${server.url}/`);
    // From here on: the keyboard only.

    // The list of treaties: Tab to the treaty, Enter opens it.
    await tabTo(page, { selector: 'a.treaty-card' });
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await waitUntilLive(page);
    expect(pathname(page)).toBe(`/t/${treatyId}`);

    // Into the text, to the last article, and its tags with the shortcut.
    await tabTo(page, { selector: '.ProseMirror' });
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+Alt+g');
    const panel = page.locator('aside.side-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    // The panel takes focus (its heading) so that the next Tab is inside it.
    expect(await focusMatches(page, 'aside.side-panel h2')).toBe(true);
    const tagged = page.locator('section.clause.is-tagging');

    // A domain: Tab to the first toggle, Space turns it on, and its chip shows in the text.
    await tabTo(page, { selector: 'aside.side-panel button.domain-toggle' });
    expect(await focusIsVisible(page)).toBe(true);
    const toggle = panel.locator('button.domain-toggle').first();
    const domain = ((await toggle.textContent()) ?? '').replace(/^[+✓]/, '').trim();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(async () => (await controlsOf(tagged)).locator('.domain-chip').allTextContents())
      .toContain(domain);

    // A bracket: Tab to its reason, type it, Enter places it.
    await tabTo(page, { selector: 'aside.side-panel input', name: 'Reason for the bracket (optional)' });
    await page.keyboard.type('To be confirmed by capitals');
    await page.keyboard.press('Enter');
    await expect.poll(() => tagged.getAttribute('data-bracketed-by')).toBe('UA');

    // Tab stays inside the open panel: however many presses, focus never leaves it.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect(await focusMatches(page, 'aside.side-panel *, .read-only-panel *')).toBe(true);
    }
    await screenshot(page, 'keyboard-side-panel');

    // Escape closes the panel and focus goes back where it was opened from: the text.
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await focusMatches(page, '.ProseMirror')).toBe(true);
    await expect.poll(() => saveStatus(page)).toBe('Saved');

    // The keyboard shortcuts: the toolbar's button opens them, Escape closes them, focus returns to the button.
    await tabTo(page, { selector: 'button', name: 'Keyboard shortcuts' });
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => help.isVisible()).toBe(true);
    const helpText = (await help.textContent()) ?? '';
    // This platform's modifiers (Linux), each key spoken by name too.
    expect(helpText).toContain('Insert an article after this one');
    expect(helpText).toContain('Ctrl');
    expect(helpText).toContain('Control');
    expect(helpText).toContain('Up Arrow');
    expect(await focusMatches(page, 'dialog *')).toBe(true);
    expect(await focusIsVisible(page)).toBe(true);
    await screenshot(page, 'keyboard-help');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    expect(await describeFocus(page, { selector: 'button' })).toMatchObject({
      name: 'Keyboard shortcuts',
      selector: true,
    });
    // `?` outside a text field opens it too; focus comes back to where it was.
    await page.keyboard.press('?');
    await expect.poll(() => help.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    expect(await describeFocus(page, { selector: 'button' })).toMatchObject({ name: 'Keyboard shortcuts' });

    // The view tabs: Shift+Tab back to the open one; arrows move focus only, Enter opens.
    await tabTo(page, { selector: '[role="tab"][aria-selected="true"]' }, 'Shift+Tab');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await describeFocus(page, { selector: '[role="tab"]' })).toMatchObject({ name: 'Versions' });
    expect(await focusIsVisible(page)).toBe(true);
    expect(pathname(page)).toBe(`/t/${treatyId}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => pathname(page)).toBe(`/t/${treatyId}/versions`);
    expect(await focusMatches(page, '[role="tab"][aria-selected="true"]')).toBe(true);
    const tabpanel = page.getByRole('tabpanel', { name: 'Versions' });
    await expect.poll(() => tabpanel.isVisible()).toBe(true);

    // A named version.
    await tabTo(page, { selector: 'input', name: 'Name' });
    await page.keyboard.type('Keyboard draft');
    await page.keyboard.press('Enter');
    const row = page.getByTestId('version-row').filter({ hasText: 'Keyboard draft' });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);

    // Compare it with the live text.
    await tabTo(page, { selector: 'button', name: 'Compare with live', within: 'Keyboard draft' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('compare-view').isVisible(), { timeout: 15_000 }).toBe(true);

    // Export: back to the tabs, End is the last view (Export), Enter opens it, then the download link.
    await tabTo(page, { selector: '[role="tab"][aria-selected="true"]' }, 'Shift+Tab');
    await page.keyboard.press('End');
    expect(await describeFocus(page, { selector: '[role="tab"]' })).toMatchObject({ name: 'Export' });
    await page.keyboard.press('Enter');
    await expect.poll(() => pathname(page)).toBe(`/t/${treatyId}/export`);
    await tabTo(page, { selector: 'a.export-download', name: 'Download PDF' });
    expect(await focusIsVisible(page)).toBe(true);
    const [received] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const file = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-keyboard-')),
      received.suggestedFilename(),
    );
    await received.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 4).toString('latin1')).toBe('%PDF');

    // Back and forward still go from view to view.
    await page.goBack();
    await expect.poll(() => pathname(page)).toBe(`/t/${treatyId}/versions`);
    await page.goForward();
    await expect.poll(() => pathname(page)).toBe(`/t/${treatyId}/export`);
    expect(errors).toEqual([]);
  });

  it('the live region says a lost connection once, however long it stays lost, and its return', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const [definitions] = await readClauses(server.url, treatyId);
    if (!definitions) throw new Error('the sample has no article');
    for (const delegation of ['FR', 'DE'])
      await signOffAs(server, treatyId, definitions.clauseId, delegation);
    const { page } = await openAsDelegate(browser, server, treatyId, {
      name: 'Taras Melnyk',
      delegation: 'UA',
    });
    const announcements = await recordAnnouncements(page);
    const lost = 'Connection lost. Your changes are kept and sent when it returns.';

    // France and Germany signed Article 1: an edit turns their sign-offs stale, said once for all the words typed.
    await article(page, 0).locator(`${SHOWN_TEXT} .clause-body p`).first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' and annexes');
    const stale = (texts: string[]) => texts.filter((text) => text.includes('no longer matches the text'));
    await expect.poll(async () => stale(await announcements())).toHaveLength(1);
    expect(stale(await announcements())[0]).toMatch(
      /^Article 1 changed: the sign-off of (FR and DE|DE and FR) no longer matches the text\.$/,
    );
    await expect.poll(() => saveStatus(page)).toBe('Saved');

    expect(await server.stop()).toBe(0);
    await expect.poll(() => page.getByTestId('connection-status').textContent()).toBe('Offline');
    await expect.poll(announcements).toContain(lost);
    // The client keeps retrying meanwhile: still one announcement.
    await page.waitForTimeout(4_000);
    expect((await announcements()).filter((text) => text.includes('Connection lost'))).toEqual([lost]);

    await startServer({ dataDir: server.dataDir, port: server.port });
    await waitUntilLive(page);
    await expect.poll(announcements, { timeout: 15_000 }).toContain('Connection restored.');
    expect((await announcements()).filter((text) => text.includes('Connection lost'))).toHaveLength(1);
    expect(stale(await announcements())).toHaveLength(1);
  });
});
