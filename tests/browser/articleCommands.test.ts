import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readClauses, sampleTreatyId } from '../helpers/api.ts';
import {
  articleHeadings,
  launchBrowser,
  openAsDelegate,
  SHOWN_TEXT,
  screenshot,
} from '../helpers/browser.ts';
import { startServer } from '../helpers/startServer.ts';

const clauses = (page: Page) => page.locator('section.clause');
/** The shown text of the `index`-th article. */
const shown = (page: Page, index: number) => clauses(page).nth(index).locator(SHOWN_TEXT);
const headings = (page: Page) => clauses(page).locator(`${SHOWN_TEXT} h2`).allTextContents();
const clauseIds = (page: Page) =>
  clauses(page).evaluateAll((sections) => sections.map((s) => s.getAttribute('data-clause-id')));
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

describe('article commands in Chromium, seen by the other delegation', () => {
  it('move, insert, delete and undo keep clause identities and renumber for both', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const original = await readClauses(server.url, treatyId);
    const browser = await launchBrowser();
    const chair = await openAsDelegate(browser, server, treatyId, { name: 'Anna Nowak', delegation: 'PL' });
    const other = await openAsDelegate(browser, server, treatyId, { name: 'James Hill', delegation: 'UK' });

    // Move Article 3 (Military assistance) up: it becomes Article 2 and keeps its id.
    await shown(chair.page, 2).locator('.clause-body p').first().click();
    await button(chair.page, 'Move article up').click();
    const moved = [original[0], original[2], original[1], ...original.slice(3)].map((c) => c?.clauseId);
    await expect.poll(() => clauseIds(other.page)).toEqual(moved);
    await expect.poll(async () => (await headings(other.page))[1]).toBe('Military assistance');
    // Numbers are derived in the editor; screen readers hear them with the heading.
    await expect
      .poll(async () => (await articleHeadings(other.page)).slice(0, 3))
      .toEqual(['article 1 definitions', 'article 2 military assistance', 'article 3 purpose']);

    // Insert a new article after it, write its heading and text.
    await button(chair.page, 'Insert article after').click();
    await chair.page.keyboard.type('Cyber defence');
    await chair.page.keyboard.press('Enter');
    await chair.page.keyboard.type('Сторони співпрацюють у сфері кібероборони.');
    await expect.poll(() => clauses(other.page).count()).toBe(13);
    await expect.poll(async () => (await articleHeadings(other.page))[2]).toBe('article 3 cyber defence');
    expect((await articleHeadings(other.page))[12]).toBe('article 13 duration and final provisions');
    await expect.poll(() => shown(other.page, 2).textContent()).toContain('кібероборони');
    const withNew = await clauseIds(other.page);
    const newId = withNew[2];
    expect(newId).toMatch(/^c-[a-z0-9]{12}$/);
    expect(new Set(withNew).size).toBe(13);
    await screenshot(other.page, 'article-inserted');

    // Delete it; then undo brings it back with the same id, for the other delegation too.
    await button(chair.page, 'Delete article').click();
    await expect.poll(() => clauseIds(other.page)).toEqual(moved);
    await button(chair.page, 'Undo').click();
    await expect.poll(() => clauseIds(other.page)).toEqual(withNew);

    await expect
      .poll(() => chair.page.getByTestId('save-status').textContent(), { timeout: 5_000 })
      .toBe('Saved');
    const stored = await readClauses(server.url, treatyId);
    expect(stored.map((c) => c.clauseId)).toEqual(withNew);
    expect(stored[2]).toMatchObject({ number: 3, label: 'Article 3', heading: 'Cyber defence' });
    expect(stored[1]).toMatchObject({ number: 2, heading: 'Military assistance' });
    expect(chair.errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });

  it('keeps text typed while the server is down and saves it when it is back', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const writer = await openAsDelegate(browser, server, treatyId, {
      name: 'Marta Schmidt',
      delegation: 'DE',
    });
    const reader = await openAsDelegate(browser, server, treatyId, {
      name: 'Taras Melnyk',
      delegation: 'UA',
    });

    await server.stop();
    await expect.poll(() => writer.page.getByTestId('connection-status').textContent()).toBe('Offline');
    await shown(writer.page, 3).locator('.clause-body p').first().click();
    await writer.page.keyboard.press('Home');
    await writer.page.keyboard.type('Drafted offline: ');
    await expect
      .poll(() => writer.page.getByTestId('save-status').textContent())
      .toBe(`${'Drafted offline: '.length} changes kept on this device — not yet saved`);
    await screenshot(writer.page, 'offline-unsaved');

    const restarted = await startServer({ dataDir: server.dataDir, port: server.port });
    await expect
      .poll(() => writer.page.getByTestId('save-status').textContent(), { timeout: 15_000 })
      .toBe('Saved');
    await expect
      .poll(() => shown(reader.page, 3).textContent(), { timeout: 15_000 })
      .toContain('Drafted offline:');
    expect((await readClauses(restarted.url, treatyId))[3]?.text).toContain('Drafted offline: ');
  });
});
