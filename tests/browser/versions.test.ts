import { treatyFile, treatyFromYDoc, writeTreatyToYDoc } from '@pactum/shared';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sampleTreaty } from '../../server/src/seed/sampleTreaty.ts';
import { call, operatorHeaders } from '../helpers/access.ts';
import { readClauses } from '../helpers/api.ts';
import { launchBrowser, openAsDelegate, screenshot } from '../helpers/browser.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

/** The sample's English imported as a new treaty: none of the checkpoints the seeded copy starts with. */
async function englishSampleId(server: RunningServer): Promise<string> {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, { ...sampleTreaty, languages: ['en'], translations: {} });
  const file = treatyFile(treatyFromYDoc(doc), [], new Date().toISOString());
  return (await call(server, 'POST', '/imports', { headers: operatorHeaders(server), body: file })).body.id;
}

const ADDED = ' The Parties shall review this purpose at every ministerial meeting.';

const clauses = (page: Page) => page.locator('section.clause');
const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });
const saved = (page: Page) =>
  expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe('Saved');

/**
 * Selects the first occurrence of `word` in the clause's body, as a
 * double-click would; with `word` null, puts the caret at the end of its first paragraph.
 */
async function select(clause: Locator, word: string | null): Promise<void> {
  const paragraph = clause.locator('.clause-body p').first();
  await paragraph.click();
  await paragraph.evaluate((p, target) => {
    const range = document.createRange();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let last: Node | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      last = node;
      const at = target === null ? -1 : (node.textContent?.indexOf(target) ?? -1);
      if (at === -1 || target === null) continue;
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    if (target !== null || !last) throw new Error(`"${target}" is not in the paragraph`);
    range.setStart(last, last.textContent?.length ?? 0);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }, word);
}

describe('versions, compare, clause history and restore in Chromium', () => {
  it('names a version, shows another delegation’s edits and move as a redline, and restores a clause for both', async () => {
    const server = await startServer();
    const treatyId = await englishSampleId(server);
    const original = await readClauses(server.url, treatyId);
    const id = (index: number) => original[index]?.clauseId ?? '';
    const browser = await launchBrowser();
    // Naming a version is the chair's.
    const legal = await openAsDelegate(browser, server, treatyId, {
      name: 'Sophie Laurent',
      delegation: 'FR',
      role: 'chair',
    });
    const ukraine = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena Kovalenko',
      delegation: 'UA',
    });
    const a = legal.page;
    const b = ukraine.page;

    // A names the version everyone will compare against.
    await a.getByRole('tab', { name: 'Versions', exact: true }).click();
    await a.getByLabel('Name', { exact: true }).fill('Paris draft 3');
    await a.getByLabel('Note (optional)').fill('Sent to capitals before the ministerial');
    await button(a, 'Name this version').click();
    const row = a.getByTestId('version-row').filter({ hasText: 'Paris draft 3' });
    await expect.poll(() => row.textContent()).toContain('Sophie Laurent · FR');

    // B extends Article 2, weakens Article 4 (shall → should) and moves Article 9 up to 7.
    await select(clauses(b).nth(1), null);
    await b.keyboard.type(ADDED);
    await select(clauses(b).nth(3), 'shall');
    await b.keyboard.type('should');
    await clauses(b).nth(8).locator('.clause-body p').first().click();
    await button(b, 'Move article up').click();
    await button(b, 'Move article up').click();
    await expect
      .poll(async () => (await clauses(b).nth(6).getAttribute('data-clause-id')) === id(8))
      .toBe(true);
    await saved(b);

    // A compares Paris draft 3 with the live text: exactly those three articles stand out.
    await button(row, 'Compare with live').click();
    const compare = a.getByTestId('compare-view');
    const summary = compare.getByTestId('compare-summary');
    await expect.poll(() => summary.textContent()).toContain('2 changed');
    expect(await summary.textContent()).toMatch(/1 moved/);
    expect(await summary.textContent()).toMatch(/material change/);
    const blocks = compare.getByTestId('compare-clause');
    const statuses = await blocks.evaluateAll((elements) =>
      elements.map((e) => [e.getAttribute('data-clause-id'), e.getAttribute('data-status')]),
    );
    expect(statuses).toHaveLength(12);
    expect(statuses.filter(([, status]) => status !== 'unchanged' && status !== 'renumbered')).toEqual([
      [id(1), 'changed'],
      [id(3), 'changed'],
      [id(8), 'moved'],
    ]);
    expect(statuses.filter(([, status]) => status === 'renumbered').map(([clauseId]) => clauseId)).toEqual([
      id(6),
      id(7),
    ]);
    const block = (index: number) =>
      compare.locator(`[data-testid="compare-clause"][data-clause-id="${id(index)}"]`);
    expect(await block(8).textContent()).toContain('Moved from Article 9 to Article 7');
    // The word diff keeps the old final full stop and inserts the new sentence before it.
    expect(await block(1).locator('ins').allTextContents()).toEqual([
      expect.stringContaining('The Parties shall review this purpose at every ministerial meeting'),
    ]);
    expect(await block(3).locator('ins').allTextContents()).toEqual([expect.stringContaining('should')]);
    expect(await block(3).locator('del').allTextContents()).toEqual([expect.stringContaining('shall')]);
    expect(await block(3).locator('.material-badge').textContent()).toContain('“shall” → “should”');

    await button(compare, '↓ Next').click();
    await expect.poll(() => compare.locator('.compare-position').textContent()).toBe('Change 1 of 3');
    await a.keyboard.press('n');
    await expect.poll(() => compare.locator('.compare-position').textContent()).toBe('Change 2 of 3');
    await screenshot(a, 'compare-inline');

    await button(compare, 'Side by side').click();
    await expect
      .poll(() => block(3).locator('.compare-column.is-before del').textContent())
      .toContain('shall');
    expect(await block(3).locator('.compare-column.is-after ins').textContent()).toContain('should');
    expect(await block(3).locator('.compare-column.is-before ins').count()).toBe(0);
    await screenshot(a, 'compare-side-by-side');

    await compare.getByLabel('Changed only').check();
    await expect.poll(() => blocks.count()).toBe(3);

    // A restores Article 4 as it was in Paris draft 3, from its history.
    await button(block(3), 'History').click();
    const history = a.getByTestId('clause-history');
    const entries = history.getByTestId('history-entry');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.nth(0).textContent()).toContain('Paris draft 3');
    expect(await entries.nth(1).textContent()).toContain('Live text (now)');
    await expect.poll(() => history.locator('.history-comparison ins').textContent()).toContain('should');
    await screenshot(a, 'clause-history');

    await button(entries.nth(0), 'Restore this state…').click();
    await button(a.getByRole('dialog'), 'Restore this state').click();
    const restoredText = original[3]?.text ?? '';
    for (const page of [a, b]) {
      await expect.poll(() => clauses(page).nth(3).locator('.clause-body').textContent()).toBe(restoredText);
    }
    await saved(a);
    const stored = await readClauses(server.url, treatyId);
    expect(stored[3]).toMatchObject({ clauseId: id(3), text: restoredText });
    expect(stored[1]?.text).toContain(ADDED.trim());

    // The restore is one step of A's undo history.
    await button(history, 'Undo restore').click();
    await expect.poll(() => clauses(b).nth(3).locator('.clause-body').textContent()).toContain('should');
    await saved(a);
    expect((await readClauses(server.url, treatyId))[3]?.text).toContain('States should contribute');

    expect(legal.errors).toEqual([]);
    expect(ukraine.errors).toEqual([]);
  });
});
