import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readClauses, sampleTreatyId } from '../helpers/api.ts';
import { article, launchBrowser, openAsDelegate, screenshot, waitUntilLive } from '../helpers/browser.ts';
import { startServer } from '../helpers/startServer.ts';

/** The shown text of an article in `lang` (a `.clause-text` not hidden), without carets or widgets. */
const textIn = (page: Page, index: number, lang: string) =>
  article(page, index)
    .locator(`.clause-text[lang="${lang}"]:not(.lang-hidden)`)
    .evaluate((text) => {
      const copy = text.cloneNode(true) as HTMLElement;
      for (const widget of copy.querySelectorAll('.ProseMirror-widget')) widget.remove();
      return copy.textContent ?? '';
    });

const labelIn = (page: Page, index: number, lang: string) =>
  article(page, index).locator(`.clause-text[lang="${lang}"] .clause-heading`).getAttribute('data-label');

describe('language versions in Chromium', () => {
  it('a Ukrainian drafter types and formats in Ukrainian; the French drafter sees it side by side, live', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const ukraine = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena Kovalenko',
      delegation: 'UA',
    });
    const france = await openAsDelegate(browser, server, treatyId, {
      name: 'Claire Dubois',
      delegation: 'FR',
    });

    // Ukraine switches the text to Ukrainian: the label follows, the text carries its language.
    await ukraine.page.getByLabel('Text in').selectOption('uk');
    await expect.poll(() => labelIn(ukraine.page, 0, 'uk')).toBe('Стаття 1');
    await expect.poll(() => ukraine.page.locator('.clause-text.lang-hidden[lang="en"]').count()).toBe(12);
    expect(
      await ukraine.page
        .locator('.clause-text:not(.lang-hidden)')
        .evaluateAll((texts) => texts.map((t) => t.getAttribute('lang'))),
    ).toEqual(Array(12).fill('uk'));

    await article(ukraine.page, 1).locator('.clause-text[lang="uk"] .clause-body p').first().click();
    await ukraine.page.keyboard.press('End');
    const typed = ' Сторони щороку переглядають цю мету.';
    await ukraine.page.keyboard.type(typed);

    // Olena's caret says which text she is in, in France's presence list and on the caret itself.
    await expect.poll(() => france.page.getByTestId('presence-language').textContent()).toContain('uk');

    // France shows Ukrainian beside English and sees the words arrive in the Ukrainian column.
    await france.page.getByLabel('Side by side with').check();
    await expect
      .poll(() => france.page.getByTestId('side-by-side-header').textContent())
      .toContain('Українська (uk)');
    await expect.poll(() => textIn(france.page, 1, 'uk'), { timeout: 5_000 }).toContain(typed.trim());
    await expect
      .poll(() => france.page.locator('.collaboration-carets__label').first().textContent())
      .toBe('Olena Kovalenko · UA · uk');
    expect(await labelIn(france.page, 1, 'en')).toBe('Article 2');
    expect(await labelIn(france.page, 1, 'uk')).toBe('Стаття 2');
    // Aligned: both texts of an article start on the same line.
    const tops = await article(france.page, 1)
      .locator('.clause-text:not(.lang-hidden)')
      .evaluateAll((texts) => texts.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await article(france.page, 1).evaluate((section) => section.scrollIntoView({ block: 'center' }));
    await screenshot(france.page, 'languages-side-by-side');

    // The English text did not change; the Ukrainian one is stored.
    const stored = (await readClauses(server.url, treatyId))[1];
    expect(stored?.texts?.uk?.text).toContain(typed.trim());
    expect(stored?.texts?.en?.text ?? stored?.text).not.toContain(typed.trim());

    // The choice is remembered for this treaty in this browser.
    await ukraine.page.reload();
    await waitUntilLive(ukraine.page);
    await expect.poll(() => labelIn(ukraine.page, 0, 'uk')).toBe('Стаття 1');
    expect(await ukraine.page.getByLabel('Text in').inputValue()).toBe('uk');

    // A selection from Article 3 into Article 4, with the English hidden between them: bold applies
    // to the Ukrainian text of both, and the English stays as it was.
    const before = await readClauses(server.url, treatyId);
    await article(ukraine.page, 2).locator('.clause-text[lang="uk"] .clause-body p').first().click();
    await article(ukraine.page, 3)
      .locator('.clause-text[lang="uk"] .clause-body p')
      .first()
      .click({ modifiers: ['Shift'] });
    await ukraine.page.keyboard.press('ControlOrMeta+b');
    const boldIn = (clause: (typeof before)[number] | undefined, lang: string) =>
      JSON.stringify(clause?.texts?.[lang]?.body ?? '').includes('"bold"');
    await expect
      .poll(async () => {
        const clauses = await readClauses(server.url, treatyId);
        return [boldIn(clauses[2], 'uk'), boldIn(clauses[3], 'uk')];
      })
      .toEqual([true, true]);
    const after = await readClauses(server.url, treatyId);
    expect([2, 3].map((i) => after[i]?.texts?.en)).toEqual([2, 3].map((i) => before[i]?.texts?.en));

    expect(ukraine.errors).toEqual([]);
    expect(france.errors).toEqual([]);
  });
});

describe('concordance beside each article in Chromium', () => {
  it('shows the two outdated articles of the sample with their change, and confirms one', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const ukraine = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena Kovalenko',
      delegation: 'UA',
    });
    const { page } = ukraine;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByLabel('Side by side with').check();
    const seventh = article(page, 6);
    await seventh.scrollIntoViewIfNeeded();
    await expect.poll(() => seventh.getByTestId('concordance-status').textContent()).toBe('Outdated');
    await seventh.getByText('Show the change').click();
    await seventh.evaluate((section) => window.scrollBy(0, section.getBoundingClientRect().top - 196));
    await screenshot(page, 'languages-concordance-outdated');
    expect(await seventh.locator('.concordance-diff del').allTextContents()).toEqual(['[deleted: 72 ]']);
    // The change, left open, follows the text as it is typed.
    await seventh.locator('.clause-text[lang="en"] .clause-body p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Without delay.');
    await expect
      .poll(async () => (await seventh.locator('.concordance-diff ins').allTextContents()).join(''))
      .toContain('Without delay.');
    // From the text, Tab reaches the article's confirmation, and Enter gives it.
    await seventh.locator('.clause-text[lang="uk"] .clause-body p').last().click();
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let presses = 0; presses < 4 && (await focused()) !== 'Confirm concordance'; presses++)
      await page.keyboard.press('Tab');
    expect(await focused()).toBe('Confirm concordance');
    await page.keyboard.press('Enter');
    await expect.poll(() => seventh.getByTestId('concordance-status').textContent()).toBe('Concordant');
    await screenshot(page, 'languages-concordance-confirmed');
    expect(ukraine.errors).toEqual([]);
  });
});
