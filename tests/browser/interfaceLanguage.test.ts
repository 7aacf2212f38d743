import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createInvite } from '../helpers/access.ts';
import { sampleTreatyId } from '../helpers/api.ts';
import { joinThroughLink, launchBrowser, screenshot } from '../helpers/browser.ts';
import { type RunningServer, repoRoot, startServer } from '../helpers/startServer.ts';

type Messages = Record<string, Record<string, string | Record<string, string>>>;

/** The message file a person reads, so that the test follows the wording rather than repeating it. */
function messages(language: 'en' | 'uk' | 'fr', namespace: 'access' | 'common'): Messages {
  const file = path.join(repoRoot, 'client/src/i18n/locales', language, `${namespace}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Messages;
}

const access = { uk: messages('uk', 'access'), fr: messages('fr', 'access'), en: messages('en', 'access') };
const common = { uk: messages('uk', 'common'), fr: messages('fr', 'common') };
const text = (tree: Messages, key: string): string => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
  if (typeof value !== 'string') throw new Error(`no message ${key}`);
  return value;
};

const pageLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang);
const listHeading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** A fresh browser context with `locale`, joined to the sample treaty through the invite page. */
async function personWithLocale(browser: Browser, server: RunningServer, treatyId: string, locale: string) {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    errors,
    invite: await createInvite(server, treatyId, { delegation: 'UA', role: 'drafter' }),
  };
}

describe('the interface language in Chromium', () => {
  it('follows the browser’s language at first, then the person’s choice, remembered across a reload', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const { page, errors, invite } = await personWithLocale(browser, server, treatyId, 'uk-UA');

    // The invite page already speaks Ukrainian: its labels, button and tab title.
    await page.goto(invite.url);
    await expect
      .poll(() => page.title())
      .toBe(text(common.uk, 'pageTitle').replace('{{page}}', text(access.uk, 'invitePage.pageTitle')));
    expect(await page.getByTestId('invite-role').textContent()).toContain(text(access.uk, 'role.drafter'));
    await page.getByLabel(text(access.uk, 'join.name')).fill('Олена Коваленко');
    await page.getByRole('button', { name: text(access.uk, 'join.submit'), exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/t/${treatyId}`);

    // The treaty list, in Ukrainian: heading, role, page language and tab title.
    await page.goto(server.url);
    await expect.poll(() => listHeading(page, text(access.uk, 'list.title')).count()).toBe(1);
    expect(await pageLanguage(page)).toBe('uk');
    expect(await page.title()).toBe(`${text(access.uk, 'list.pageTitle')} — Pactum`);
    expect(await page.locator('.treaty-card-role').first().textContent()).toContain(
      `UA · ${text(access.uk, 'role.drafter')}`,
    );
    await screenshot(page, 'interface-language-uk');

    // The header switch, named in the current language, turns the page French at once.
    const ukSwitch = page.getByRole('combobox', { name: text(common.uk, 'interfaceLanguage'), exact: true });
    await ukSwitch.selectOption({ label: 'Français' });
    await expect.poll(() => listHeading(page, text(access.fr, 'list.title')).count()).toBe(1);
    expect(await listHeading(page, text(access.uk, 'list.title')).count()).toBe(0);
    expect(await pageLanguage(page)).toBe('fr');
    await expect.poll(() => page.title()).toBe(`${text(access.fr, 'list.pageTitle')} — Pactum`);
    const frSwitch = page.getByRole('combobox', { name: text(common.fr, 'interfaceLanguage'), exact: true });
    expect(await frSwitch.inputValue()).toBe('fr');
    expect(
      await page.getByRole('button', { name: text(access.fr, 'signOut.button'), exact: true }).count(),
    ).toBe(1);

    // Remembered in this browser: a reload stays French, although the browser asks for Ukrainian.
    await page.reload();
    await expect.poll(() => listHeading(page, text(access.fr, 'list.title')).count()).toBe(1);
    expect(await pageLanguage(page)).toBe('fr');
    expect(await page.title()).toBe(`${text(access.fr, 'list.pageTitle')} — Pactum`);
    expect(await frSwitch.inputValue()).toBe('fr');
    await screenshot(page, 'interface-language-fr');
    expect(errors).toEqual([]);
  });

  it('is English for a browser whose language the interface does not have (German)', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const { page, errors, invite } = await personWithLocale(browser, server, treatyId, 'de-DE');

    await page.goto(server.url);
    await expect
      .poll(() => page.getByTestId('invite-only').textContent())
      .toContain(text(access.en, 'landing.lead'));
    expect(await pageLanguage(page)).toBe('en');
    expect(await page.title()).toBe('Pactum');

    await joinThroughLink(page, invite.url, 'Jonas Weber');
    await page.goto(server.url);
    await expect.poll(() => listHeading(page, 'Your treaties').count()).toBe(1);
    expect(await pageLanguage(page)).toBe('en');
    expect(await page.title()).toBe('Treaties — Pactum');
    expect(await page.getByRole('combobox', { name: 'Interface language', exact: true }).inputValue()).toBe(
      'en',
    );
    expect(errors).toEqual([]);
  });
});
