import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { call, operatorHeaders } from '../helpers/access.ts';
import { readClauses, sampleTreatyId } from '../helpers/api.ts';
import { article, launchBrowser, openAsDelegate, screenshot } from '../helpers/browser.ts';
import { startServer } from '../helpers/startServer.ts';

/** Article 2 of the sample: concordant at first start. */
const ARTICLE = 1;

/** A REST call from inside the page, with its session cookie and origin, as the app's own calls. */
const fromPage = (page: Page, method: string, path: string) =>
  page.evaluate(
    async ([m, p]) =>
      (await fetch(p as string, { method: m, headers: { 'content-type': 'application/json' }, body: '{}' }))
        .status,
    [method, path],
  );

const statusOf = (page: Page) =>
  article(page, ARTICLE).getByTestId('concordance-status').getAttribute('data-status');

describe('concordance between two delegations in Chromium', () => {
  it('a Ukrainian-only edit turns the article outdated for the English side, who updates the English, confirms, and both see it concordant', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const clauseId = (await readClauses(server.url, treatyId))[ARTICLE]?.clauseId as string;
    const browser = await launchBrowser();
    const ukraine = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena Kovalenko',
      delegation: 'UA',
    });
    const france = await openAsDelegate(browser, server, treatyId, {
      name: 'Claire Dubois',
      delegation: 'FR',
    });
    await ukraine.page.getByLabel('Text in').selectOption('uk');
    await france.page.setViewportSize({ width: 1280, height: 800 });
    await france.page.getByLabel('Side by side with').check();
    await article(france.page, ARTICLE).scrollIntoViewIfNeeded();
    await expect.poll(() => statusOf(france.page)).toBe('concordant');
    await expect.poll(() => statusOf(ukraine.page)).toBe('concordant');

    // France signs the article off as it stands.
    expect(await fromPage(france.page, 'POST', `/api/treaties/${treatyId}/clauses/${clauseId}/signoff`)).toBe(
      200,
    );
    const agreement = async () =>
      (await call(server, 'GET', `/treaties/${treatyId}/agreement`, { headers: operatorHeaders(server) }))
        .body.clauses[ARTICLE];
    expect((await agreement()).signedBy).toEqual(['FR']);

    // Ukraine edits the Ukrainian text alone.
    await article(ukraine.page, ARTICLE).locator('.clause-text[lang="uk"] .clause-body p').first().click();
    await ukraine.page.keyboard.press('End');
    const ukrainian = ' Сторони щороку переглядають виконання цієї Угоди.';
    await ukraine.page.keyboard.type(ukrainian);

    // France sees it turn outdated, naming Ukrainian, with the change highlighted; the sign-off is stale.
    await expect.poll(() => statusOf(france.page), { timeout: 10_000 }).toBe('outdated');
    const strip = france.page.getByRole('group', { name: 'Concordance of Article 2' });
    expect(await strip.textContent()).toMatch(/Ukrainian|Українськ/);
    await strip.getByText('Show the change').click();
    await expect
      .poll(async () => (await strip.locator('.concordance-diff ins').allTextContents()).join(' '))
      .toContain('переглядають');
    await screenshot(france.page, 'concordance-outdated-after-ukrainian-edit');
    await expect.poll(async () => (await agreement()).staleBy).toEqual(['FR']);
    expect((await agreement()).signedBy).toEqual([]);
    await expect.poll(() => statusOf(ukraine.page)).toBe('outdated');

    // France brings the English text in line and confirms concordance.
    await article(france.page, ARTICLE).locator('.clause-text[lang="en"] .clause-body p').first().click();
    await france.page.keyboard.press('End');
    await france.page.keyboard.type(
      ' The Parties shall review the implementation of this Agreement every year.',
    );
    await france.page.getByRole('button', { name: 'Confirm concordance of Article 2' }).click();

    // Both see it concordant, live.
    await expect.poll(() => statusOf(france.page), { timeout: 10_000 }).toBe('concordant');
    await expect.poll(() => statusOf(ukraine.page), { timeout: 10_000 }).toBe('concordant');
    await screenshot(france.page, 'concordance-confirmed-by-france');
    const confirmed = (await agreement()).concordance;
    expect(confirmed).toMatchObject({
      status: 'concordant',
      confirmed: { by: { name: 'Claire Dubois', delegation: 'FR' } },
    });
    expect(confirmed.confirmed.texts.uk.text).toContain(ukrainian.trim());
    expect(confirmed.confirmed.texts.en.text).toContain('review the implementation');
    expect(ukraine.errors).toEqual([]);
    expect(france.errors).toEqual([]);
  });
});
