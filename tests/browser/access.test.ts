import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createInvite, operatorHeaders } from '../helpers/access.ts';
import { readClauses, sampleTreatyId } from '../helpers/api.ts';
import {
  controlsOf,
  joinThroughLink,
  launchBrowser,
  newDelegateContext,
  openAsDelegate,
  screenshot,
} from '../helpers/browser.ts';
import { startServer } from '../helpers/startServer.ts';

const FORBIDDEN = 'You do not have access to this treaty (your access may have been revoked).';

const treatyText = (page: Page) => page.getByRole('textbox', { name: 'Treaty text' });
const article = (page: Page, index: number) => page.locator('section.clause').nth(index);
const button = (scope: Page | ReturnType<Page['locator']>, name: string) =>
  scope.getByRole('button', { name, exact: true });

describe('roles and access in Chromium', () => {
  it('without a session there is only the way in: landing, treaty and bad invite links say so', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const { page, errors } = await newDelegateContext(browser);

    await page.goto(server.url);
    await expect
      .poll(() => page.getByTestId('invite-only').textContent())
      .toContain('Pactum is invite-only. Open the invite link your chair sent you.');
    expect(await page.locator('.treaty-list').count()).toBe(0);
    expect(await page.getByText('Framework Agreement').count()).toBe(0);
    await screenshot(page, 'access-invite-only');

    // A treaty's address is refused before anything of it is opened.
    await page.goto(`${server.url}/t/${treatyId}`);
    await expect
      .poll(() => page.getByTestId('access-refused').textContent())
      .toContain('You are not signed in. Open the invite link your chair sent you.');
    expect(await treatyText(page).count()).toBe(0);

    // An unknown link (404) and a revoked one (410) each say what happened.
    await page.goto(`${server.url}/invite/${'x'.repeat(43)}`);
    await expect
      .poll(() => page.getByTestId('invite-problem').textContent())
      .toContain('This invite link is not valid');
    const revoked = await createInvite(server, treatyId, { delegation: 'UA', role: 'drafter' });
    const response = await fetch(`${server.url}/api/treaties/${treatyId}/invites/${revoked.id}`, {
      method: 'DELETE',
      headers: operatorHeaders(server),
    });
    expect(response.status).toBe(200);
    await page.goto(revoked.url);
    await expect
      .poll(() => page.getByTestId('invite-problem').textContent())
      .toContain('This invite link can no longer be used');
    expect(await page.getByLabel('Display name').count()).toBe(0);
    await screenshot(page, 'access-invite-revoked');
    expect(errors).toEqual([]);
  });

  it('an observer follows a drafter’s edits live but cannot change the text, the tags or the versions', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const drafter = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena Kovalenko',
      delegation: 'UA',
    });
    const observer = await openAsDelegate(browser, server, treatyId, {
      name: 'Jan de Boer',
      delegation: 'NL',
      role: 'observer',
    });
    const o = observer.page;

    expect(await treatyText(drafter.page).getAttribute('contenteditable')).toBe('true');
    expect(await treatyText(o).getAttribute('contenteditable')).toBe('false');
    expect(await o.getByTestId('me-badge').textContent()).toBe('Jan de Boer · NL · Observer');
    expect(await o.getByRole('toolbar').count()).toBe(0);
    expect(await o.getByTestId('read-only-note').textContent()).toContain('Read only');

    // The observer's keystrokes go nowhere; the drafter's arrive live.
    await article(o, 1).locator('.clause-body p').first().click();
    await o.keyboard.type('Observer was here. ');
    const typed = ' Reviewed by the Parties every year.';
    await article(drafter.page, 1).locator('.clause-body p').first().click();
    await drafter.page.keyboard.press('End');
    await drafter.page.keyboard.type(typed);
    await expect.poll(() => article(o, 1).textContent(), { timeout: 2_000 }).toContain(typed.trim());
    expect(await article(o, 1).textContent()).not.toContain('Observer was here');
    await expect
      .poll(() => drafter.page.getByTestId('save-status').textContent(), { timeout: 5_000 })
      .toBe('Saved');
    const stored = (await readClauses(server.url, treatyId))[1]?.text;
    expect(stored).toContain(typed.trim());
    expect(stored).not.toContain('Observer was here');

    // The tags panel opens, but every control in it is disabled.
    await (await controlsOf(article(o, 2)))
      .getByRole('button', { name: 'Edit the tags of this article' })
      .click();
    const panel = o.getByTestId('read-only-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.getByRole('button', { name: 'Military assistance' }).isDisabled()).toBe(true);
    expect(await panel.locator('input:enabled, select:enabled').count()).toBe(0);
    await screenshot(o, 'access-observer');
    await button(panel, 'Close').click();
    await expect.poll(() => panel.count()).toBe(0);

    // Versions: nothing to name, nothing to restore.
    await o.getByRole('tab', { name: 'Versions', exact: true }).click();
    await expect.poll(() => o.getByRole('heading', { name: 'Named versions' }).count()).toBe(1);
    expect(await o.getByRole('button', { name: 'Name this version' }).count()).toBe(0);
    expect(await o.getByRole('button', { name: /^Restore/ }).count()).toBe(0);

    expect(drafter.errors).toEqual([]);
    expect(observer.errors).toEqual([]);
  });

  it('the chair invites a delegation from the members view, sees them join, and revokes them at once', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const chair = await openAsDelegate(browser, server, treatyId, {
      name: 'Anna Nowak',
      delegation: 'PL',
      role: 'chair',
    });
    const a = chair.page;
    expect(await a.getByTestId('me-badge').textContent()).toBe('Anna Nowak · PL · Chair');

    await a.getByRole('tab', { name: 'Members', exact: true }).click();
    const view = a.getByTestId('members-view');
    await view.getByLabel('Delegation code').fill('ca');
    await view.getByLabel('Role').selectOption('drafter');
    await view.getByLabel('Max uses').fill('1');
    await view.getByLabel('Expires in hours').fill('48');
    await button(view, 'Create invite link').click();
    const linkField = view.getByLabel('Invite link');
    await expect.poll(() => linkField.inputValue()).toMatch(new RegExp(`^${server.url}/invite/[\\w-]{20,}$`));
    const link = await linkField.inputValue();
    await button(view, 'Copy link').click();
    const invite = view.getByTestId('invite-row').filter({ hasText: 'CA' });
    await expect.poll(() => invite.textContent()).toContain('0 of 1 use');
    await screenshot(a, 'access-invite-created');

    // Canada opens the link in its own browser and joins; the chair's list shows them.
    const canada = await newDelegateContext(browser);
    await joinThroughLink(canada.page, link, 'Émilie Tremblay');
    expect(await canada.page.getByTestId('me-badge').textContent()).toBe('Émilie Tremblay · CA · Drafter');
    const member = view.getByTestId('member-row').filter({ hasText: 'Émilie Tremblay' });
    await expect.poll(() => member.count(), { timeout: 10_000 }).toBe(1);
    expect(await member.textContent()).toContain('CA');
    await expect.poll(() => invite.textContent()).toContain('Used up');

    // Revoking closes Canada's page at once, and a reload stays refused.
    await button(member, 'Revoke').click();
    await button(member, 'Revoke access').click();
    await expect
      .poll(() => canada.page.getByTestId('closed-notice').textContent(), { timeout: 5_000 })
      .toContain(FORBIDDEN);
    expect(await treatyText(canada.page).count()).toBe(0);
    await expect.poll(() => member.textContent()).toContain('Revoked');
    await screenshot(canada.page, 'access-revoked');
    // Canada's only membership is over, so is its session: the page says so.
    await canada.page.reload();
    await expect
      .poll(() => canada.page.getByTestId('access-refused').textContent())
      .toContain('Your access has ended: it was revoked');

    // Everything above is in the audit log, and its chain holds.
    const audit = a.getByTestId('audit-log');
    await expect
      .poll(() => audit.getByTestId('audit-entry').count(), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(3);
    await button(audit, 'Verify chain').click();
    await expect
      .poll(() => audit.getByTestId('audit-verdict').textContent())
      .toMatch(/^✓ The chain is intact/);
    await screenshot(a, 'access-members');

    expect(chair.errors).toEqual([]);
    expect(canada.errors).toEqual([]);
  });
});
