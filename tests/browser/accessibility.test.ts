import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createInvite } from '../helpers/access.ts';
import { sampleTreatyId } from '../helpers/api.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import {
  article,
  controlsOf,
  joinThroughLink,
  launchBrowser,
  newDelegateContext,
  openAsDelegate,
  openTreatyPanel,
  screenshot,
  treatyPanel,
  waitUntilLive,
} from '../helpers/browser.ts';
import { startServer } from '../helpers/startServer.ts';

const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });
const visible = (locator: Locator) =>
  expect.poll(() => locator.first().isVisible(), { timeout: 10_000 }).toBe(true);
const saved = (page: Page) =>
  expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe('Saved');

/** Opens a view of the treaty from the view tabs, as a person would. */
async function openView(page: Page, name: string): Promise<void> {
  await page
    .getByRole('tablist', { name: 'Views of the treaty' })
    .getByRole('tab', { name, exact: true })
    .click();
}

/**
 * Tabs through the page from the top, at most `tabs` times, and lists every
 * control that takes focus without a visible indicator: an outline of at least
 * 2 px on it (or, for a choice card's radio, on the card around it). The text
 * itself shows its caret.
 */
async function controlsWithoutFocusRing(page: Page, tabs: number): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const missing: string[] = [];
  let visited = 0;
  for (let i = 0; i < tabs; i++) {
    await page.keyboard.press('Tab');
    const problem = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      // The text shows its caret; Tab in it would be the editor's, so the walk ends there.
      if (element.isContentEditable) return 'text';
      const ring = (e: Element) => {
        const style = getComputedStyle(e);
        return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
      };
      if (
        ring(element) ||
        (element.closest('.choice-card') && ring(element.closest('.choice-card') as Element))
      )
        return null;
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
      return `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${name}"`;
    });
    if (problem === 'text') break;
    visited++;
    if (problem && !missing.includes(problem)) missing.push(problem);
  }
  // A walk that reached nothing would prove nothing.
  if (visited < 5) missing.push(`only ${visited} controls reached`);
  return missing;
}

/**
 * WCAG 2.2 A and AA, measured by axe-core on every screen of the sample treaty
 * (English and Ukrainian): each screen must have no violation. The figures of
 * each screen go to tests/artifacts/axe-summary.json.
 */
describe('accessibility (WCAG 2.2 AA, axe-core) in Chromium', () => {
  it('every screen of the sample treaty has no axe violation, for the chair, a drafter and an observer', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();

    // The invite page, before joining; then the chair joins and lands in the treaty.
    const invite = await createInvite(server, treatyId, { delegation: 'PL', role: 'chair' });
    const chair = await newDelegateContext(browser);
    const a = chair.page;
    await a.goto(invite.url);
    await visible(a.getByLabel('Display name'));
    await expectNoAxeViolations(a, 'invite page');
    await joinThroughLink(a, invite.url, 'Anna Nowak');

    await a.goto(server.url);
    await visible(a.locator('.treaty-list'));
    await expectNoAxeViolations(a, 'treaty list');

    await a.goto(`${server.url}/t/${treatyId}`);
    await waitUntilLive(a);
    await expectNoAxeViolations(a, 'editor');
    expect.soft(await controlsWithoutFocusRing(a, 40), `focus not visible on editor`).toEqual([]);

    // The keyboard shortcuts, from their button in the editor bar.
    await button(a, 'Keyboard shortcuts').click();
    const shortcuts = a.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await visible(shortcuts);
    await expectNoAxeViolations(a, 'keyboard shortcuts dialog');
    await screenshot(a, 'a11y-shortcuts-dialog');
    await a.keyboard.press('Escape');
    await expect.poll(() => shortcuts.isVisible()).toBe(false);

    // The side panel of an article: its domains, trigger and commitments.
    await (await controlsOf(article(a, 9)))
      .getByRole('button', { name: 'Edit the tags of this article' })
      .click();
    const tags = a.getByRole('complementary').filter({ has: a.getByText('Domains') });
    await visible(tags);
    await expectNoAxeViolations(a, 'editor, side panel (clause tags)');
    await button(a, 'Close the panel').click();

    // The filter: one domain chosen.
    await a.getByText('Any domain').click();
    await a.getByRole('checkbox', { name: 'Maritime' }).check();
    await expect.poll(() => a.getByTestId('filter-count').textContent()).toMatch(/ of 12 articles$/);
    await expectNoAxeViolations(a, 'editor, filter active');
    await screenshot(a, 'a11y-filter');
    await button(a, 'Clear').click();
    await expect.poll(() => a.getByTestId('filter-count').textContent()).toBe('12 articles');

    // The treaty panel: parties, domains, languages.
    await openTreatyPanel(a);
    await expectNoAxeViolations(a, 'editor, treaty panel (parties, languages)');
    await button(treatyPanel(a), 'Close the panel').click();

    // English beside Ukrainian.
    await a.getByLabel('Side by side with').check();
    await visible(a.getByTestId('side-by-side-header'));
    await expectNoAxeViolations(a, 'editor, languages side by side');
    await screenshot(a, 'a11y-side-by-side');
    await a.getByLabel('Side by side with').uncheck();

    // The agreement section of an article.
    await (await controlsOf(article(a, 1))).getByTestId('agreement-marker').click();
    await visible(a.getByRole('complementary', { name: 'Purpose' }));
    await expectNoAxeViolations(a, 'editor, agreement panel');

    await openView(a, 'Matrix');
    await visible(a.getByTestId('matrix'));
    await expectNoAxeViolations(a, 'matrix');

    await openView(a, 'Scenario');
    const form = a.getByRole('form', { name: 'Event to check' });
    await visible(form);
    await form.getByLabel('Event').selectOption('blockade');
    await expectNoAxeViolations(a, 'scenario');

    await openView(a, 'Agreement');
    await visible(a.getByTestId('agreement-row'));
    await expectNoAxeViolations(a, 'agreement overview');
    expect.soft(await controlsWithoutFocusRing(a, 30), `focus not visible on agreement overview`).toEqual([]);

    // A named version, then a change to compare with it: a sentence added to Article 2.
    await openView(a, 'Versions');
    await a.getByLabel('Name', { exact: true }).fill('Paris draft 3');
    await button(a, 'Name this version').click();
    await visible(a.getByTestId('version-row').filter({ hasText: 'Paris draft 3' }));
    await openView(a, 'Text');
    const paragraph = article(a, 1).locator('.clause-body p').first();
    await paragraph.click();
    await a.keyboard.press('End');
    await a.keyboard.type(' The Parties shall review this purpose every year.');
    await saved(a);

    await openView(a, 'Versions');
    await visible(a.getByTestId('version-row'));
    await expectNoAxeViolations(a, 'versions');

    await button(
      a.getByTestId('version-row').filter({ hasText: 'Paris draft 3' }),
      'Compare with live',
    ).click();
    const compare = a.getByTestId('compare-view');
    await visible(compare.getByTestId('compare-clause'));
    await expectNoAxeViolations(a, 'compare, inline');
    expect.soft(await controlsWithoutFocusRing(a, 30), `focus not visible on compare, inline`).toEqual([]);
    await button(compare, 'Side by side').click();
    await visible(compare.locator('.compare-column.is-after'));
    await expectNoAxeViolations(a, 'compare, side by side');

    await compare.getByTestId('compare-clause').nth(1).locator('.compare-history').click();
    await visible(a.getByTestId('clause-history'));
    await expectNoAxeViolations(a, 'clause history');

    // The chair's members view: invites and the audit log, its chain verified.
    await openView(a, 'Members');
    await visible(a.getByTestId('invite-row'));
    const audit = a.getByTestId('audit-log');
    await visible(audit.getByTestId('audit-entry'));
    await button(audit, 'Verify chain').click();
    await visible(audit.getByTestId('audit-verdict'));
    await expectNoAxeViolations(a, 'members (invites, audit)');
    expect
      .soft(await controlsWithoutFocusRing(a, 50), `focus not visible on members (invites, audit)`)
      .toEqual([]);

    await openView(a, 'Export');
    await visible(a.getByRole('heading', { name: 'Export', level: 1 }));
    await expectNoAxeViolations(a, 'export');
    expect.soft(await controlsWithoutFocusRing(a, 40), `focus not visible on export`).toEqual([]);

    // An observer reads the text and the tags without controls.
    const observer = await openAsDelegate(browser, server, treatyId, {
      name: 'Jan de Boer',
      delegation: 'NL',
      role: 'observer',
    });
    const o = observer.page;
    await expectNoAxeViolations(o, 'observer, read-only editor');
    await (await controlsOf(article(o, 2)))
      .getByRole('button', { name: 'Edit the tags of this article' })
      .click();
    await visible(o.getByTestId('read-only-panel'));
    await expectNoAxeViolations(o, 'observer, read-only side panel');
    await screenshot(o, 'a11y-observer-panel');

    expect(chair.errors).toEqual([]);
    expect(observer.errors).toEqual([]);
  }, 300_000);
});
