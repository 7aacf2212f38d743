import { describe, expect, it } from 'vitest';
import { readClauses, sampleTreatyId } from '../helpers/api.ts';
import { launchBrowser, openAsDelegate, SHOWN_TEXT, screenshot } from '../helpers/browser.ts';
import { startServer } from '../helpers/startServer.ts';

describe('two delegations co-editing in Chromium', () => {
  it('see each other’s text, carets and presence live, and the text survives a server restart', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const france = await openAsDelegate(browser, server, treatyId, {
      name: 'Claire Dubois',
      delegation: 'FR',
    });
    const ukraine = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena Kovalenko',
      delegation: 'UA',
    });

    const article2 = (page: typeof france.page) => page.locator('section.clause').nth(1).locator(SHOWN_TEXT);
    await expect.poll(() => article2(france.page).locator('h2').textContent()).toContain('Purpose');

    // France types at the end of Article 2; Ukraine must see it within 2 s.
    await article2(france.page).locator('.clause-body p').first().click();
    await france.page.keyboard.press('End');
    const typed = ' The Parties shall review this purpose annually.';
    await france.page.keyboard.type(typed);
    const typedAt = Date.now();
    await expect
      .poll(() => article2(ukraine.page).textContent(), { timeout: 2_000, interval: 25 })
      .toContain(typed.trim());
    const latencyMs = Date.now() - typedAt;
    console.log(`co-editing: Ukraine saw France's last keystroke ${latencyMs} ms after it was typed`);

    // Ukraine sees France's caret with her name, and both see each other in the presence list.
    const caret = ukraine.page.locator('.collaboration-carets__caret');
    await expect.poll(() => caret.count()).toBeGreaterThan(0);
    await expect
      .poll(() => ukraine.page.locator('.collaboration-carets__label').first().textContent())
      .toContain('Claire Dubois');
    await expect.poll(() => ukraine.page.getByTestId('presence').textContent()).toContain('Claire Dubois');
    await expect.poll(() => france.page.getByTestId('presence').textContent()).toContain('Olena Kovalenko');

    // "Saved" only once the server confirmed the edit; then it is in the store.
    await expect
      .poll(() => france.page.getByTestId('save-status').textContent(), { timeout: 5_000 })
      .toBe('Saved');
    expect((await readClauses(server.url, treatyId))[1]?.text).toContain(typed.trim());
    await article2(ukraine.page).evaluate((section) => section.scrollIntoView({ block: 'center' }));
    await screenshot(ukraine.page, 'co-editing-ukraine-sees-france');
    await screenshot(france.page, 'co-editing-france');

    // Restart the server on the same port: both pages go offline, come back, and a reload shows the text.
    expect(await server.stop()).toBe(0);
    await expect.poll(() => ukraine.page.getByTestId('connection-status').textContent()).toBe('Offline');
    await screenshot(ukraine.page, 'offline');
    await startServer({ dataDir: server.dataDir, port: server.port });
    await expect
      .poll(() => ukraine.page.getByTestId('connection-status').textContent(), { timeout: 15_000 })
      .toBe('Live');
    await france.page.reload();
    await expect
      .poll(() => france.page.getByTestId('connection-status').textContent(), { timeout: 15_000 })
      .toBe('Live');
    await expect.poll(() => article2(france.page).textContent()).toContain(typed.trim());

    expect(france.errors).toEqual([]);
    expect(ukraine.errors).toEqual([]);
  });
});
