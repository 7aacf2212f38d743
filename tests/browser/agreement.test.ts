import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createInvite, joinWithInvite } from '../helpers/access.ts';
import { readClauses, sampleTreatyId } from '../helpers/api.ts';
import { controlsOf, launchBrowser, SHOWN_TEXT, screenshot } from '../helpers/browser.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

/** Parties of the sample treaty other than Ukraine, whose drafters sign off through the API. */
const OTHER_PARTIES = ['FR', 'UK', 'DE', 'PL', 'NL', 'CA'];

interface Person {
  page: Page;
  errors: string[];
}

/** Someone opening their invite link in their own browser context, joining, and landing in the treaty. */
async function joinInBrowser(browser: Browser, inviteUrl: string, name: string): Promise<Person> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(inviteUrl);
  await page.getByLabel('Display name').fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect
    .poll(() => page.getByTestId('connection-status').textContent(), { timeout: 15_000 })
    .toBe('Live');
  return { page, errors };
}

async function invite(
  server: RunningServer,
  treatyId: string,
  delegation: string,
  role: 'chair' | 'drafter' | 'observer',
) {
  return (await createInvite(server, treatyId, { delegation, role })).url;
}

/** A party's drafter signs off a clause through the REST API, as their own browser would. */
async function signOffAs(server: RunningServer, treatyId: string, clauseId: string, delegation: string) {
  const created = await createInvite(server, treatyId, { delegation, role: 'drafter' });
  const { cookie } = await joinWithInvite(server, created.token, `Drafter ${delegation}`);
  const response = await fetch(`${server.url}/api/treaties/${treatyId}/clauses/${clauseId}/signoff`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: '{}',
  });
  if (response.status !== 200)
    throw new Error(`sign off as ${delegation} → ${response.status} ${await response.text()}`);
}

/** The shown text of a clause body as written, without other people's carets. */
const bodyText = (page: Page, heading: string) =>
  shownBody(page, heading).evaluate((shown) => {
    const body = shown.cloneNode(true) as HTMLElement;
    for (const widget of body.querySelectorAll('.ProseMirror-widget')) widget.remove();
    return body.textContent ?? '';
  });
/** The article whose shown heading reads `heading`. */
const article = (page: Page, heading: string) =>
  page.locator('section.clause').filter({ has: page.locator(`${SHOWN_TEXT} h2`, { hasText: heading }) });
const shownBody = (page: Page, heading: string) =>
  article(page, heading).locator(`${SHOWN_TEXT} .clause-body`);
const panel = (page: Page, heading: string) => page.getByRole('complementary', { name: heading });
const signoff = (page: Page, heading: string, delegation: string) =>
  panel(page, heading).getByTestId('signoff').filter({ hasText: delegation });
const status = (page: Page, heading: string) =>
  panel(page, heading).getByTestId('clause-status').textContent();

async function openArticle(page: Page, heading: string): Promise<void> {
  await (await controlsOf(article(page, heading))).getByTestId('agreement-marker').click();
  await expect.poll(() => panel(page, heading).isVisible()).toBe(true);
}

/** The character CSS draws before (or after) the text of a clause body: "[" and "]" when bracketed. */
const bracketGlyphs = (page: Page, heading: string) =>
  shownBody(page, heading).evaluate((body) => {
    const first = body.firstElementChild;
    const last = body.lastElementChild;
    return [
      first ? getComputedStyle(first, '::before').content : '',
      last ? getComputedStyle(last, '::after').content : '',
    ];
  });

describe('agreement workflow in Chromium: chair, drafter and observer', () => {
  it('a sign-off turns stale for everyone when the text changes; brackets and an adopted option show live', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const clauses = await readClauses(server.url, treatyId);
    const definitions = clauses[0];
    if (!definitions) throw new Error('the sample has no Article 1');
    for (const delegation of OTHER_PARTIES)
      await signOffAs(server, treatyId, definitions.clauseId, delegation);

    const browser = await launchBrowser();
    const chair = await joinInBrowser(
      browser,
      await invite(server, treatyId, 'SEC', 'chair'),
      'Anne Secretariat',
    );
    const drafter = await joinInBrowser(
      browser,
      await invite(server, treatyId, 'UA', 'drafter'),
      'Olena Kovalenko',
    );
    const observer = await joinInBrowser(
      browser,
      await invite(server, treatyId, 'NL', 'observer'),
      'Pieter Observer',
    );
    const everyone = [chair, drafter, observer].map((person) => person.page);
    const [c, d, o] = everyone as [Page, Page, Page];

    // The observer's text cannot be typed in; the chair's and the drafter's can.
    expect(await o.getByRole('textbox', { name: 'Treaty text' }).getAttribute('contenteditable')).toBe(
      'false',
    );
    expect(await d.getByRole('textbox', { name: 'Treaty text' }).getAttribute('contenteditable')).toBe(
      'true',
    );

    // Six parties have signed Article 1; Ukraine's drafter signs the seventh sign-off in the browser.
    for (const page of everyone) await openArticle(page, 'Definitions');
    await expect.poll(() => status(d, 'Definitions')).toBe('draft');
    expect(
      await panel(o, 'Definitions')
        .getByRole('button', { name: /sign off/i })
        .count(),
    ).toBe(0);
    expect(
      await panel(c, 'Definitions')
        .getByRole('button', { name: /sign off/i })
        .count(),
    ).toBe(0);
    await panel(d, 'Definitions').getByRole('button', { name: 'Sign off for UA' }).click();
    for (const page of everyone) {
      await expect.poll(() => signoff(page, 'Definitions', 'UA').getAttribute('data-state')).toBe('current');
      await expect.poll(() => status(page, 'Definitions')).toBe('agreed');
      await expect
        .poll(async () =>
          (await controlsOf(article(page, 'Definitions'))).getByTestId('agreement-marker').textContent(),
        )
        .toBe('agreed');
    }
    await screenshot(d, 'agreement-signed');

    // The drafter changes the text: every sign-off is void at once, for all three.
    await shownBody(d, 'Definitions').locator(':scope > p').first().click();
    await d.keyboard.press('End');
    await d.keyboard.press('ArrowLeft');
    await d.keyboard.type(' and its annexes');
    for (const page of everyone) {
      await expect
        .poll(() => signoff(page, 'Definitions', 'UA').getAttribute('data-state'), { timeout: 3_000 })
        .toBe('stale');
      await expect.poll(() => status(page, 'Definitions')).toBe('draft');
      expect(await signoff(page, 'Definitions', 'FR').getAttribute('data-state')).toBe('stale');
      expect(await signoff(page, 'Definitions', 'UA').textContent()).toContain('stale — text changed since');
      await expect
        .poll(async () =>
          (await controlsOf(article(page, 'Definitions'))).getByTestId('agreement-marker').textContent(),
        )
        .toBe('draft · 7 stale');
    }
    await expect
      .poll(() => bodyText(o, 'Definitions'))
      .toContain('For the purposes of this Agreement and its annexes:');
    await screenshot(o, 'agreement-stale-observer');

    // The drafter brackets Article 2: square brackets around its text everywhere, holders on hover.
    for (const page of everyone) await openArticle(page, 'Purpose');
    const purpose = panel(d, 'Purpose');
    await purpose.getByLabel('Reason for the bracket (optional)').fill('Capital to confirm the scope');
    await purpose.getByRole('button', { name: 'Bracket this article' }).click();
    for (const page of everyone) {
      await expect.poll(() => article(page, 'Purpose').getAttribute('data-bracketed-by')).toBe('UA');
      expect(await bracketGlyphs(page, 'Purpose')).toEqual(['"["', '"]"']);
      expect(await shownBody(page, 'Purpose').getAttribute('title')).toBe('Bracketed by UA');
      await expect.poll(() => status(page, 'Purpose')).toBe('bracketed');
      expect(await panel(page, 'Purpose').getByTestId('bracket').textContent()).toContain(
        'Capital to confirm the scope',
      );
    }
    expect(await bracketGlyphs(c, 'Definitions')).toEqual(['none', 'none']);
    // Holding a bracket, Ukraine cannot sign the article off.
    expect(await purpose.getByRole('button', { name: 'Sign off for UA' }).isDisabled()).toBe(true);
    await screenshot(c, 'agreement-bracketed');

    // The drafter proposes a wording; the chair adopts it and the text changes for everyone.
    await purpose.getByRole('button', { name: 'Propose an option' }).click();
    await purpose
      .getByLabel('Wording of the new option')
      .fill(
        'The purpose of this Agreement is to deter and, if deterrence fails, to defeat renewed aggression against Ukraine.\n\nІ це є метою Угоди.',
      );
    await purpose.getByRole('button', { name: 'Propose option' }).click();
    const optionA = panel(c, 'Purpose').getByTestId('option').filter({ hasText: 'Option A' });
    await expect.poll(() => optionA.count()).toBe(1);
    // The proposer's delegation supports its own wording; the chair's secretariat joins in.
    await expect.poll(() => optionA.textContent()).toContain('Supported by UA');
    expect(await panel(d, 'Purpose').getByTestId('option').getByRole('button').allTextContents()).toEqual([
      'Withdraw support',
    ]);
    await optionA.getByRole('button', { name: 'Support', exact: true }).click();
    await expect
      .poll(() => panel(d, 'Purpose').getByTestId('option').textContent())
      .toContain('Supported by UA, SEC');
    expect(await panel(o, 'Purpose').getByRole('button', { name: /adopt/i }).count()).toBe(0);
    expect(await panel(d, 'Purpose').getByRole('button', { name: /adopt/i }).count()).toBe(0);
    await optionA.getByRole('button', { name: 'Adopt option A' }).click();
    for (const page of everyone) {
      await expect
        .poll(() => bodyText(page, 'Purpose'))
        .toContain('if deterrence fails, to defeat renewed aggression');
      expect(await shownBody(page, 'Purpose').locator(':scope > p').count()).toBe(2);
      await expect
        .poll(() => panel(page, 'Purpose').getByTestId('option').getAttribute('data-state'))
        .toBe('adopted');
    }

    // A comment thread and a reservation, seen by the observer, who can write neither.
    await panel(d, 'Purpose').getByLabel('New comment').fill('Does “defeat” go beyond Article 51?');
    await panel(d, 'Purpose').getByRole('button', { name: 'Comment', exact: true }).click();
    const thread = panel(c, 'Purpose').getByTestId('comment-thread');
    await expect.poll(() => thread.count()).toBe(1);
    await thread.getByRole('button', { name: 'Reply', exact: true }).click();
    await thread.getByLabel(/Reply to/).fill('It does not: see the preamble.');
    await thread.getByRole('button', { name: 'Reply', exact: true }).click();
    await expect
      .poll(() => panel(o, 'Purpose').getByTestId('comment-thread').textContent())
      .toContain('It does not: see the preamble.');
    await panel(d, 'Purpose').getByRole('button', { name: 'Enter a reservation' }).click();
    await panel(d, 'Purpose')
      .getByLabel('Reservation of UA')
      .fill('Ukraine reads “defeat” within Article 51.');
    await panel(d, 'Purpose').getByRole('button', { name: 'Enter reservation' }).click();
    await expect
      .poll(() => panel(o, 'Purpose').getByTestId('reservation').textContent())
      .toContain('Ukraine reads “defeat” within Article 51.');
    expect(await panel(o, 'Purpose').getByLabel('New comment').count()).toBe(0);
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await expect
      .poll(() => panel(o, 'Purpose').getByTestId('comment-thread').getAttribute('data-state'))
      .toBe('resolved');
    await screenshot(d, 'agreement-panel');

    // The overview: Article 1 is a draft again with seven stale sign-offs, Article 2 bracketed.
    await panel(c, 'Purpose').getByRole('button', { name: 'Close the panel' }).click();
    await c.getByRole('tab', { name: 'Agreement', exact: true }).click();
    const overview = c.getByTestId('agreement-overview');
    const row = (clauseId: string) => overview.locator(`tr[data-clause-id="${clauseId}"]`);
    await expect.poll(() => row(definitions.clauseId).getAttribute('data-status')).toBe('draft');
    const stale = row(definitions.clauseId).locator('td.is-stale');
    expect(await stale.textContent()).toBe('all parties');
    expect(await stale.locator('span').getAttribute('title')).toBe(
      'Ukraine, France, United Kingdom, Germany, Poland, Netherlands, Canada',
    );
    const purposeId = clauses[1]?.clauseId ?? '';
    expect(await row(purposeId).getAttribute('data-status')).toBe('bracketed');
    expect(
      await overview.locator('[data-testid="status-count"][data-status="bracketed"]').textContent(),
    ).toBe('1bracketed');
    expect(
      await overview.locator('[data-testid="delegation-todo"][data-delegation="UA"]').textContent(),
    ).toContain(`${clauses.length} to sign`);
    await screenshot(c, 'agreement-overview');
    await row(purposeId).getByRole('button', { name: 'Article 2' }).click();
    await expect.poll(() => c.url()).toBe(`${server.url}/t/${treatyId}`);
    await expect
      .poll(() => article(c, 'Purpose').evaluate((section) => section.getBoundingClientRect().top))
      .toBeLessThan(400);

    for (const person of [chair, drafter, observer]) expect(person.errors).toEqual([]);
  });
});
