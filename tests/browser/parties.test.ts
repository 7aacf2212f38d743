import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readTreaty, sampleTreatyId } from '../helpers/api.ts';
import {
  controlsOf,
  launchBrowser,
  openAsDelegate,
  openTreatyPanel,
  screenshot,
  treatyPanel,
} from '../helpers/browser.ts';
import { startServer } from '../helpers/startServer.ts';

/** Article 10 of the sample. */
const HEADING = 'Economic resilience and reconstruction';

const partyNames = (page: Page) =>
  treatyPanel(page)
    .getByRole('list', { name: 'Parties of the treaty' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.textContent ?? ''));
const clause = (page: Page) =>
  page.locator('section.clause').filter({ has: page.locator('h2', { hasText: HEADING }) });

async function openArticle(page: Page) {
  await clause(page).scrollIntoViewIfNeeded();
  await (await controlsOf(clause(page)))
    .getByRole('button', { name: 'Edit the tags of this article' })
    .click();
  const panel = page.getByRole('complementary', { name: HEADING });
  await expect.poll(() => panel.isVisible()).toBe(true);
  return panel;
}

describe('parties and treaty domains in Chromium: the chair manages them, every delegation sees them live', () => {
  it('the chair adds, renames and removes a party and adds a domain; a drafter sees each change and has no controls', async () => {
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
    const d = drafter.page;
    await openTreatyPanel(c);
    await openTreatyPanel(d);

    // The drafter reads the list: no name fields, no remove buttons, no add form, one line on who manages it.
    await expect.poll(() => partyNames(d)).toHaveLength(7);
    const readOnly = treatyPanel(d);
    expect(await readOnly.getByRole('textbox').count()).toBe(0);
    expect(await readOnly.getByRole('button', { name: /^Remove / }).count()).toBe(0);
    expect(await readOnly.getByRole('button', { name: 'Add party' }).count()).toBe(0);
    expect(await readOnly.getByRole('heading', { name: 'Add a party' }).count()).toBe(0);
    expect(await readOnly.getByText('The chair adds, renames and removes the parties.').isVisible()).toBe(
      true,
    );

    // The chair adds Sweden; the drafter's list shows it.
    const panel = treatyPanel(c);
    await panel.getByLabel('Code', { exact: true }).fill('se');
    await panel.getByLabel('Name', { exact: true }).fill('Sweden');
    await panel.getByRole('button', { name: 'Add party' }).click();
    const addedAt = Date.now();
    await expect
      .poll(() => partyNames(d), { timeout: 3_000, interval: 25 })
      .toContain('SESweden0 commitments');
    console.log(`parties: the drafter saw Sweden ${Date.now() - addedAt} ms after the click`);
    // The chair's form clears when its request is answered, which can come after the drafter saw the change.
    await expect
      .poll(() => panel.getByLabel('Code', { exact: true }).inputValue(), { timeout: 3_000 })
      .toBe('');
    await expect
      .poll(() => readOnly.getByRole('heading', { name: '8 parties' }).isVisible(), { timeout: 3_000 })
      .toBe(true);

    // A code already taken is refused before anything is sent; a bad name is refused by the server.
    await panel.getByLabel('Code', { exact: true }).fill('UA');
    await panel.getByLabel('Name', { exact: true }).fill('Somewhere else');
    await panel.getByRole('button', { name: 'Add party' }).click();
    await expect
      .poll(() => panel.getByRole('alert').textContent())
      .toBe('UA is already a party; rename it in the list above');
    const france = panel.getByRole('textbox', { name: 'Name of FR' });
    await france.fill('   ');
    await france.press('Enter');
    await expect.poll(() => panel.getByRole('alert').allTextContents()).toContain('must not be empty');
    await france.fill('French Republic');
    await france.press('Enter');
    // Renamed in its place, second in the list.
    await expect.poll(async () => (await partyNames(d))[1]).toMatch(/^FRFrench Republic\d+ commitments?$/);
    await screenshot(c, 'parties-chair');
    await screenshot(d, 'parties-drafter');

    await panel.getByRole('button', { name: 'Remove Sweden (SE)' }).click();
    await expect.poll(() => partyNames(d)).toHaveLength(7);
    expect((await partyNames(d)).join()).not.toContain('Sweden');
    const parties = (await readTreaty(server.url, treatyId)).parties;
    expect(parties.map((party) => party.name)).toContain('French Republic');
    expect(parties.map((party) => party.code)).not.toContain('SE');

    // Domains of the treaty's own: the chair's article panel has the form, the drafter's does not.
    const chairArticle = await openArticle(c);
    const drafterArticle = await openArticle(d);
    expect(await drafterArticle.getByText('Add a treaty domain').count()).toBe(0);
    await chairArticle.getByText('Add a treaty domain').click();
    await chairArticle.getByLabel('Name of the domain').fill('Space');
    await chairArticle.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => drafterArticle.getByRole('button', { name: 'Space' }).count()).toBe(1);
    await chairArticle.getByLabel('Name of the domain').fill('maritime');
    await chairArticle.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => chairArticle.getByRole('alert').textContent())
      .toBe('the treaty already has a domain called "Maritime"');
    // A drafter still tags the article with it.
    await drafterArticle.getByRole('button', { name: 'Space' }).click();
    await expect
      .poll(async () => (await controlsOf(clause(c))).getByTestId('clause-tags').textContent())
      .toContain('Space');

    // The Members tab's audit log reads the chair's changes, newest first.
    await c.getByRole('tab', { name: 'Members', exact: true }).click();
    const entries = c.getByTestId('audit-entry');
    await expect.poll(() => entries.count()).toBeGreaterThan(5);
    const newest = await entries.evaluateAll((rows) =>
      rows
        .slice(0, 4)
        .map((row) => [
          row.querySelector('.audit-actor')?.textContent,
          row.querySelector('.audit-event')?.textContent,
          [...row.querySelectorAll('.audit-details span')].map((detail) => detail.textContent).join(' | '),
        ]),
    );
    expect(newest).toEqual([
      ['Claire Martin · SEC', 'Domain added', 'key: space | label: Space | color: #6b4f7a'],
      ['Claire Martin · SEC', 'Party removed', 'code: SE | name: Sweden'],
      ['Claire Martin · SEC', 'Party renamed', 'code: FR | from: France | to: French Republic'],
      ['Claire Martin · SEC', 'Party added', 'code: SE | name: Sweden'],
    ]);
    await c.getByTestId('audit-log').scrollIntoViewIfNeeded();
    await screenshot(c, 'parties-audit');

    expect(chair.errors).toEqual([]);
    expect(drafter.errors).toEqual([]);
  });
});
