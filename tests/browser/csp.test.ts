import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createInvite } from '../helpers/access.ts';
import { readClauses, sampleTreatyId } from '../helpers/api.ts';
import {
  article,
  joinThroughLink,
  launchBrowser,
  newDelegateContext,
  openAsDelegate,
  saveStatus,
  screenshot,
  waitUntilLive,
} from '../helpers/browser.ts';
import { startServer } from '../helpers/startServer.ts';

/**
 * Every Content-Security-Policy violation in a browser context: the page's own
 * `securitypolicyviolation` events (relayed through the console, so they
 * survive navigations) and Chromium's "Refused to …" console errors.
 */
async function watchViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.warn(`csp-violation ${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  const watch = (page: Page) =>
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('csp-violation') || /Content Security Policy/i.test(text)) violations.push(text);
    });
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  return violations;
}

const view = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Views of the treaty' }).getByRole('tab', { name, exact: true }).click();

describe('Content-Security-Policy in Chromium', () => {
  it('a whole session runs under the policy without a single violation', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();

    // The chair and a drafter, each in their own context, watched from the invite page on.
    const join = async (name: string, delegation: string, role: 'chair' | 'drafter') => {
      const delegate = await newDelegateContext(browser);
      const violations = await watchViolations(delegate.context);
      const invite = await createInvite(server, treatyId, { delegation, role });
      await joinThroughLink(delegate.page, invite.url, name);
      return { ...delegate, violations };
    };
    const chair = await join('Claire', 'SEC', 'chair');
    const drafter = await join('Olena', 'UA', 'drafter');
    const response = await chair.page.goto(chair.page.url());
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await waitUntilLive(chair.page);

    // Typing, carets of the other, bold, a new article.
    await article(drafter.page, 1).locator('.clause-body p').first().click();
    await drafter.page.keyboard.type('Typed under the policy. ');
    await drafter.page.keyboard.press('Control+b');
    await drafter.page.keyboard.type('Bold. ');
    await expect.poll(() => saveStatus(drafter.page), { timeout: 10_000 }).toBe('Saved');
    await article(chair.page, 2).locator('.clause-body p').first().click();
    await expect
      .poll(async () => (await readClauses(server.url, treatyId))[1]?.text)
      .toContain('Typed under the policy. Bold. ');
    await expect.poll(() => chair.page.locator('.collaboration-carets__caret').count()).toBeGreaterThan(0);

    // The clause panel (tags), then every view.
    const page = chair.page;
    await view(page, 'Matrix');
    await page.getByRole('heading', { name: 'Commitment matrix', level: 1 }).waitFor();
    await view(page, 'Scenario');
    await page.getByRole('heading', { name: 'Scenario check', level: 1 }).waitFor();
    await view(page, 'Versions');
    await page.getByLabel('Name', { exact: true }).fill('Under the policy');
    await page.getByRole('button', { name: 'Name this version', exact: true }).click();
    const row = page.getByTestId('version-row').filter({ hasText: 'Under the policy' });
    await row.getByRole('button', { name: 'Compare with live', exact: true }).click();
    await page.getByTestId('compare-view').getByTestId('compare-summary').waitFor();
    await page.getByTestId('compare-view').getByRole('button', { name: 'Side by side', exact: true }).click();
    await view(page, 'Agreement');
    await page.getByRole('heading', { name: 'Agreement', level: 1 }).waitFor();
    await view(page, 'Members');
    await page.getByRole('heading', { name: 'Invite a delegation' }).waitFor();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await view(page, 'Export');
    await page.getByRole('heading', { name: 'Export', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'PDF', exact: true }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download PDF', exact: true }).click(),
    ]);
    expect(
      fs
        .readFileSync((await download.path()) as string)
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('%PDF');
    await view(page, 'Text');
    await page.getByRole('textbox', { name: 'Treaty text' }).waitFor();
    await screenshot(page, 'csp-session');

    expect(chair.violations).toEqual([]);
    expect(drafter.violations).toEqual([]);
    expect([...chair.errors, ...drafter.errors]).toEqual([]);
  });

  it('refuses what the policy forbids: inline scripts, inline handlers and foreign connections', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const { page, context } = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena',
      delegation: 'UA',
    });
    const violations = await watchViolations(context);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
      const image = document.createElement('div');
      image.innerHTML = '<img src="data:," onload="window.__handler = true">';
      document.body.append(image);
      let fetched = 'reached';
      try {
        await fetch('http://127.0.0.2:9/');
      } catch {
        fetched = 'refused';
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      const flags = window as { __inline?: boolean; __handler?: boolean };
      return { inline: flags.__inline ?? false, handler: flags.__handler ?? false, fetched };
    });
    expect(outcome).toEqual({ inline: false, handler: false, fetched: 'refused' });
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(3);
    const reported = violations.join('\n');
    expect(reported).toMatch(/Executing inline script violates .*script-src 'self'/);
    expect(reported).toMatch(/Executing inline event handler violates .*script-src-attr 'none'/);
    expect(reported).toMatch(/Connecting to 'http:\/\/127\.0\.0\.2:9\/' violates .*connect-src/);
  });
});
