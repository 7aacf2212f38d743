import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { call, createInvite, joinWithInvite, memberOf, type TestMember } from '../helpers/access.ts';
import { readClauses, sampleTreatyId } from '../helpers/api.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { article, controlsOf, launchBrowser, openAsDelegate, screenshot } from '../helpers/browser.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

/** The interface languages, chosen as a person's browser would: by its language on first visit. */
const LOCALES = [
  { locale: 'en-US', lang: 'en' },
  { locale: 'uk-UA', lang: 'uk' },
  { locale: 'fr-FR', lang: 'fr' },
] as const;

/** A laptop and a tablet held upright. */
const SIZES = [
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
] as const;

const VERSION = 'Paris draft 3';

/** Connected, whatever the language says it in. */
const live = (page: Page) =>
  expect
    .poll(() => page.locator('[data-testid="connection-status"].status-connected').count(), {
      timeout: 15_000,
    })
    .toBe(1);

/** Nothing wider than the window: no horizontal scroll bar, nothing pushed off the right edge. */
async function expectNoHorizontalOverflow(page: Page, screen: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${screen}: the page is wider than the window`).toBeLessThanOrEqual(innerWidth);
  // Nor is anything hidden inside a row that scrolls sideways without a bar (the view tabs did at 768 px).
  const hiddenTabs = await page.evaluate(() =>
    [...document.querySelectorAll('[role="tab"]')]
      .filter((tab) => {
        const box = tab.getBoundingClientRect();
        const row = tab.parentElement?.getBoundingClientRect();
        return !row || box.left < row.left - 1 || box.right > row.right + 1 || box.right > window.innerWidth;
      })
      .map((tab) => tab.textContent),
  );
  expect(hiddenTabs, `${screen}: view tabs out of sight`).toEqual([]);
}

/**
 * Nothing drawn over its neighbour: the parts of the header, of the editor bar's
 * first row, and each article's status marker, concordance badge and Tags button.
 */
async function expectNoOverlap(page: Page, screen: string): Promise<void> {
  const overlaps = await page.evaluate(() => {
    const groups: Element[][] = [
      [
        ...document.querySelectorAll(
          '.app-header > :not(.app-header-middle), .app-header-middle > *, .editor-bar-start > *',
        ),
      ],
      // An article's controls are drawn beside the text, in a box with the article's id.
      ...[...document.querySelectorAll<HTMLElement>('section.clause')].map((clause) => [
        ...clause.querySelectorAll(':scope > .concordance-badge.is-compact'),
        ...document.querySelectorAll(
          `.clause-overlay-item[data-clause-id="${clause.dataset.clauseId}"] :is(.agreement-marker, .concordance-badge.is-compact, .clause-tags-button)`,
        ),
      ]),
    ];
    const found: string[] = [];
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${e.textContent?.trim().slice(0, 20)}"`;
    for (const group of groups) {
      const boxes = group.map((e) => [e, e.getBoundingClientRect()] as const).filter(([, b]) => b.width > 0);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [ea, a] = boxes[i] ?? [];
          const [eb, b] = boxes[j] ?? [];
          if (!ea || !eb || !a || !b) continue;
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 1 && y > 1) found.push(`${name(ea)} × ${name(eb)}`);
        }
      }
    }
    return found;
  });
  expect(overlaps, `${screen}: elements drawn over each other`).toEqual([]);
}

/**
 * The chair names a version and then adds a sentence to Article 2, in English,
 * so that compare has a change to show in every language.
 */
async function prepareCompare(browser: Browser, server: RunningServer, treatyId: string): Promise<void> {
  const chair = await openAsDelegate(browser, server, treatyId, {
    name: 'Anna Nowak',
    delegation: 'PL',
    role: 'chair',
  });
  const a = chair.page;
  await a.goto(`${server.url}/t/${treatyId}/versions`);
  await a.getByLabel('Name', { exact: true }).fill(VERSION);
  await a.getByRole('button', { name: 'Name this version', exact: true }).click();
  await expect.poll(() => a.getByTestId('version-row').filter({ hasText: VERSION }).count()).toBe(1);
  await a.goto(`${server.url}/t/${treatyId}`);
  await live(a);
  await article(a, 1).locator('.clause-body p').first().click();
  await a.keyboard.press('End');
  await a.keyboard.type(' The Parties shall review this purpose at every ministerial meeting.');
  await expect.poll(() => a.getByTestId('save-status').getAttribute('class')).toContain('save-saved');
  await chair.context.close();
}

/** A drafter (of Ukraine unless named) whose browser speaks `locale`, signed in through an invite (no form to read). */
async function drafterIn(
  browser: Browser,
  server: RunningServer,
  treatyId: string,
  locale: string,
  { name: displayName, delegation } = { name: 'Olena Kovalenko', delegation: 'UA' },
) {
  const invite = await createInvite(server, treatyId, { delegation, role: 'drafter' });
  const { cookie } = await joinWithInvite(server, invite.token, displayName);
  const [name = '', ...value] = cookie.split('=');
  const context = await browser.newContext({ locale, viewport: SIZES[0] });
  // The session cookie as the server set it (a __Host- cookie is Secure; 127.0.0.1 is a secure context).
  const host = new URL(server.url).hostname;
  await context.addCookies([
    {
      name,
      value: value.join('='),
      domain: host,
      path: '/',
      secure: name.startsWith('__Host-'),
      httpOnly: true,
    },
  ]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

describe('screens at 1280×800 and 768×1024 in English, Ukrainian and French', () => {
  it('the list, the editor with its side panel, compare, the agreement overview and export fit the window', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    await prepareCompare(browser, server, treatyId);

    for (const { locale, lang } of LOCALES) {
      const { context, page, errors } = await drafterIn(browser, server, treatyId, locale);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const name = (screen: string) => `screens-${lang}-${size.width}x${size.height}-${screen}`;

        await page.goto(server.url);
        await page.locator('.treaty-list').waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        await screenshot(page, name('list'));
        await expectNoHorizontalOverflow(page, name('list'));
        await expectNoAxeViolations(page, name('list'));
        await expectNoOverlap(page, name('list'));

        // The side panel of Article 10 (domains, a trigger, commitments), with the text scrolled under the bar.
        await page.goto(`${server.url}/t/${treatyId}`);
        await live(page);
        const tenth = article(page, 9);
        await tenth.scrollIntoViewIfNeeded();
        await (await controlsOf(tenth)).locator('.clause-tags-button').click();
        const header = page.locator('.side-panel .side-panel-header');
        await header.waitFor();
        await page.evaluate(() => window.scrollBy(0, 600));
        await page.waitForTimeout(300);
        await screenshot(page, name('editor-panel'));
        await expectNoHorizontalOverflow(page, name('editor-panel'));
        await expectNoAxeViolations(page, name('editor-panel'));
        // Beside the text the panel starts under the bar; as a drawer (narrow screens) it lies over it.
        const bar = await page.locator('.editor-bar').boundingBox();
        const panelHeader = await header.boundingBox();
        expect(bar && panelHeader, 'the bar and the panel header are drawn').toBeTruthy();
        const isDrawer =
          (await page.locator('.side-panel').evaluate((p) => getComputedStyle(p).zIndex)) === '30';
        if (bar && panelHeader && !isDrawer) {
          expect(
            panelHeader.y,
            `${name('editor-panel')}: the panel header is under the toolbar`,
          ).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
        }
        // The panel ends inside the window: all of it can be scrolled to.
        const panelBox = await page.locator('.side-panel').boundingBox();
        expect(
          (panelBox?.y ?? 0) + (panelBox?.height ?? 0),
          `${name('editor-panel')}: the panel runs below the window`,
        ).toBeLessThanOrEqual(size.height + 1);
        // Either way nothing is drawn over the header: its corners and middle are its own.
        const covered = await header.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const points = [
            [box.left + 8, box.top + 8],
            [box.right - 8, box.top + 8],
            [box.left + box.width / 2, box.top + box.height / 2],
          ] as const;
          return points.filter(([x, y]) => !element.contains(document.elementFromPoint(x, y))).length;
        });
        expect(covered, `${name('editor-panel')}: points of the panel header covered`).toBe(0);
        // No tag chip is cut off: each ends inside its line (a long one is shortened with an ellipsis).
        await page.locator('.side-panel-header .icon-button').click();
        await page.locator('.side-panel').waitFor({ state: 'detached' });
        await tenth.scrollIntoViewIfNeeded();
        await screenshot(page, name('editor'));
        await expectNoHorizontalOverflow(page, name('editor'));
        await expectNoAxeViolations(page, name('editor'));
        await expectNoOverlap(page, name('editor'));
        const cut = await page.evaluate(() =>
          [...document.querySelectorAll('.clause-overlay .clause-tags-line')].flatMap((line) => {
            const edge = line.getBoundingClientRect().right;
            return [...line.children]
              .filter((chip) => chip.getBoundingClientRect().right > edge + 0.5)
              .map((chip) => chip.textContent);
          }),
        );
        expect(cut, `${name('editor')}: chips cut off at the end of their line`).toEqual([]);

        await page.goto(`${server.url}/t/${treatyId}/versions`);
        const row = page.getByTestId('version-row').filter({ hasText: VERSION });
        // Open, then Compare with live.
        await row.locator('.version-actions button').nth(1).click();
        await page.getByTestId('compare-clause').first().waitFor();
        await screenshot(page, name('compare'));
        await expectNoHorizontalOverflow(page, name('compare'));
        await expectNoAxeViolations(page, name('compare'));

        await page.goto(`${server.url}/t/${treatyId}/agreement`);
        await page.getByTestId('agreement-row').first().waitFor();
        await screenshot(page, name('agreement'));
        await expectNoHorizontalOverflow(page, name('agreement'));
        await expectNoAxeViolations(page, name('agreement'));
        await expectNoOverlap(page, name('agreement'));
        // The whole table is in view: no column left behind a sideways scroll.
        const table = page.locator('.agreement-table-scroll');
        expect(
          await table.evaluate((scroll) => scroll.scrollWidth - scroll.clientWidth),
          `${name('agreement')}: the table scrolls sideways`,
        ).toBeLessThanOrEqual(1);

        await page.goto(`${server.url}/t/${treatyId}/export`);
        await page.getByTestId('export-preview').waitFor();
        await screenshot(page, name('export'));
        await expectNoHorizontalOverflow(page, name('export'));
        await expectNoAxeViolations(page, name('export'));
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 600_000);

  it('the README’s screenshots: the editor with its side panel in Ukrainian, the agreement overview in French', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();

    const ukrainian = await drafterIn(browser, server, treatyId, 'uk-UA');
    const u = ukrainian.page;
    await u.goto(`${server.url}/t/${treatyId}`);
    await live(u);
    // The text in Ukrainian too (the first choice of the language bar).
    await u.locator('.language-bar select').first().selectOption('uk');
    const third = article(u, 2);
    await (await controlsOf(third)).locator('.clause-tags-button').click();
    await u.locator('.side-panel .side-panel-header').waitFor();
    await third.evaluate((section) => window.scrollBy(0, section.getBoundingClientRect().top - 160));
    await u.waitForTimeout(300);
    await screenshot(u, 'docs-editor-uk');
    await ukrainian.context.close();

    // An overview with something to show: Article 1 agreed, Articles 2 to 4 signed off in part, Article 5 bracketed.
    const clauseIds = (await readClauses(server.url, treatyId)).map((c) => c.clauseId);
    const drafters = new Map<string, TestMember>();
    for (const code of ['UA', 'FR', 'UK', 'DE', 'PL', 'NL', 'CA']) {
      drafters.set(code, await memberOf(server, treatyId, `Drafter ${code}`, code));
    }
    const act = async (code: string, index: number, what: 'signoff' | 'brackets', body: object = {}) => {
      const response = await call(
        server,
        'POST',
        `/treaties/${treatyId}/clauses/${clauseIds[index]}/${what}`,
        {
          headers: drafters.get(code)?.headers ?? {},
          body,
        },
      );
      expect(response.status, `${code} ${what} article ${index + 1}`).toBe(200);
    };
    for (const code of drafters.keys()) await act(code, 0, 'signoff');
    for (const code of ['UA', 'FR', 'UK', 'PL']) await act(code, 1, 'signoff');
    await act('DE', 1, 'signoff', { adReferendum: true });
    for (const code of ['UA', 'NL']) await act(code, 2, 'signoff');
    await act('FR', 4, 'brackets', { reason: 'Portée à confirmer par Paris' });

    const french = await drafterIn(browser, server, treatyId, 'fr-FR', {
      name: 'Sophie Laurent',
      delegation: 'FR',
    });
    const f = french.page;
    await f.goto(`${server.url}/t/${treatyId}/agreement`);
    await f.getByTestId('agreement-row').first().waitFor();
    await screenshot(f, 'docs-agreement-overview-fr');

    await expectNoHorizontalOverflow(f, 'docs-agreement-overview-fr');
    expect(
      await f
        .locator('.agreement-table-scroll')
        .evaluate((scroll) => scroll.scrollWidth - scroll.clientWidth),
      'the French overview scrolls sideways',
    ).toBeLessThanOrEqual(1);
    expect(ukrainian.errors).toEqual([]);
    expect(french.errors).toEqual([]);
  }, 120_000);
});
