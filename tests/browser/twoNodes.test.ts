import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleTreatyId } from '../helpers/api.ts';
import {
  article,
  articleText,
  controlsOf,
  launchBrowser,
  openAsDelegate,
  screenshot,
} from '../helpers/browser.ts';
import { startCluster } from '../helpers/cluster.ts';
import type { RunningServer } from '../helpers/startServer.ts';

const panel = (page: Page, heading: string) => page.getByRole('complementary', { name: heading });
const signoff = (page: Page, heading: string, delegation: string) =>
  panel(page, heading).getByTestId('signoff').filter({ hasText: delegation });

async function openPanel(page: Page, index: number, heading: string): Promise<void> {
  await (await controlsOf(article(page, index))).getByTestId('agreement-marker').click();
  await expect.poll(() => panel(page, heading).isVisible()).toBe(true);
}

/** Types at the end of the first paragraph of an article: a click on its last line, then End. */
async function typeAtEnd(page: Page, index: number, text: string): Promise<void> {
  const paragraph = article(page, index).locator('.clause-body p').first();
  const box = await paragraph.boundingBox();
  if (!box) throw new Error(`article ${index + 1} has no visible paragraph`);
  await paragraph.click({ position: { x: box.width - 2, y: box.height - 4 } });
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

describe('two delegations on two nodes of a cluster, in Chromium', () => {
  it('co-edit and see each other’s carets; a sign-off given on one node turns stale for both after an edit on the other', async () => {
    const cluster = await startCluster({ nodes: 2 });
    const [a, b] = cluster.nodes as [RunningServer, RunningServer];
    const treatyId = await sampleTreatyId(a.url);
    const browser = await launchBrowser();
    // Each joins through an invite link of their own node, and stays there.
    const france = await openAsDelegate(browser, a, treatyId, { name: 'Claire Dubois', delegation: 'FR' });
    const ukraine = await openAsDelegate(browser, b, treatyId, { name: 'Olena Kovalenko', delegation: 'UA' });
    expect(new URL(france.page.url()).port).toBe(String(a.port));
    expect(new URL(ukraine.page.url()).port).toBe(String(b.port));

    // Each types into Article 2; each sees the other's words and caret.
    const fromFrance = ' The Parties shall review this purpose annually.';
    const fromUkraine = ' Сторони переглядають цю мету щороку.';
    await typeAtEnd(france.page, 1, fromFrance);
    await expect.poll(() => articleText(ukraine.page, 1), { timeout: 5_000 }).toContain(fromFrance.trim());
    await typeAtEnd(ukraine.page, 1, fromUkraine);
    await expect.poll(() => articleText(france.page, 1), { timeout: 5_000 }).toContain(fromUkraine.trim());
    for (const [page, other, delegation] of [
      [ukraine.page, 'Claire Dubois', 'FR'],
      [france.page, 'Olena Kovalenko', 'UA'],
    ] as const) {
      await expect
        .poll(() => page.locator('.collaboration-carets__label').allTextContents())
        .toEqual([`${other} · ${delegation}`]);
      await expect.poll(() => page.getByTestId('presence').textContent()).toContain(other);
    }
    await article(ukraine.page, 1).evaluate((section) => section.scrollIntoView({ block: 'center' }));
    await screenshot(ukraine.page, 'two-nodes-co-editing');

    // Ukraine signs Article 2 off on node B; France, on node A, sees the sign-off.
    for (const page of [france.page, ukraine.page]) await openPanel(page, 1, 'Purpose');
    await panel(ukraine.page, 'Purpose').getByRole('button', { name: 'Sign off for UA' }).click();
    for (const page of [france.page, ukraine.page]) {
      await expect.poll(() => signoff(page, 'Purpose', 'UA').getAttribute('data-state')).toBe('current');
    }

    // France changes the text on node A: Ukraine's sign-off is stale for both.
    await typeAtEnd(france.page, 1, ' Reviewed.');
    for (const page of [ukraine.page, france.page]) {
      await expect
        .poll(() => signoff(page, 'Purpose', 'UA').getAttribute('data-state'), { timeout: 5_000 })
        .toBe('stale');
      expect(await signoff(page, 'Purpose', 'UA').textContent()).toContain('stale — text changed since');
    }
    await expect.poll(() => articleText(ukraine.page, 1)).toContain('Reviewed.');
    await screenshot(ukraine.page, 'two-nodes-signoff-stale');

    for (const delegate of [france, ukraine]) expect(delegate.errors).toEqual([]);
  });
});
