import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readClauses, sampleTreatyId } from '../helpers/api.ts';
import {
  launchBrowser,
  openAsDelegate,
  openTreatyPanel,
  screenshot,
  treatyPanel,
} from '../helpers/browser.ts';
import { startServer } from '../helpers/startServer.ts';

const languageRows = (page: Page) =>
  treatyPanel(page)
    .getByRole('list', { name: 'Languages of the text' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.querySelector('.party-code')?.textContent ?? ''));

describe('the languages of the text in Chromium', () => {
  it('the chair adds French and removes it after a warning; a drafter sees both live and has no controls', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const chair = await openAsDelegate(browser, server, treatyId, {
      name: 'Claire Martin',
      delegation: 'SEC',
      role: 'chair',
    });
    const drafter = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena Kovalenko',
      delegation: 'UA',
    });
    const c = chair.page;
    await openTreatyPanel(c);
    await openTreatyPanel(drafter.page);
    expect(await languageRows(c)).toEqual(['en', 'uk']);
    expect(await treatyPanel(drafter.page).getByLabel('Language code').count()).toBe(0);
    expect(
      await treatyPanel(drafter.page)
        .getByRole('button', { name: /^Remove the/ })
        .count(),
    ).toBe(0);

    // A code that is not a language cannot be sent; a real one is named before it is added.
    const field = treatyPanel(c).getByLabel('Language code');
    await field.fill('zz');
    expect(await treatyPanel(c).getByRole('button', { name: 'Add language' }).isDisabled()).toBe(true);
    await field.fill('fr');
    await expect.poll(() => treatyPanel(c).getByText('French (français)').count()).toBe(1);
    await treatyPanel(c).getByRole('button', { name: 'Add language' }).click();
    await expect.poll(() => languageRows(drafter.page)).toEqual(['en', 'uk', 'fr']);
    await expect
      .poll(async () => Object.keys((await readClauses(server.url, treatyId))[0]?.texts ?? {}))
      .toEqual(['en', 'uk', 'fr']);
    // The drafter can now show the French text, empty, labelled in French.
    await drafter.page.getByLabel('Text in').selectOption('fr');
    await expect
      .poll(() =>
        drafter.page.locator('.clause-text[lang="fr"] .clause-heading').first().getAttribute('data-label'),
      )
      .toBe('Article 1');
    await screenshot(c, 'language-panel-added-french');

    // Removing asks first, then goes for everyone.
    await treatyPanel(c).getByRole('button', { name: 'Remove the French text' }).click();
    await expect
      .poll(() =>
        treatyPanel(c)
          .getByText(/a version made first keeps it/)
          .count(),
      )
      .toBe(1);
    await treatyPanel(c).getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => languageRows(drafter.page)).toEqual(['en', 'uk']);
    await expect
      .poll(async () => Object.keys((await readClauses(server.url, treatyId))[0]?.texts ?? {}))
      .toEqual(['en', 'uk']);
    expect(chair.errors).toEqual([]);
    expect(drafter.errors).toEqual([]);
  });
});
