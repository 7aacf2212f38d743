import { describe, expect, it } from 'vitest';
import { call } from '../helpers/access.ts';
import { sampleTreatyId } from '../helpers/api.ts';
import { launchBrowser, openAsDelegate, screenshot } from '../helpers/browser.ts';
import { startServer } from '../helpers/startServer.ts';

describe('signing out in Chromium', () => {
  it('the header button ends the session on the server and deletes the copies kept on this device', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const { page, context, errors } = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena',
      delegation: 'UA',
    });
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({
      name: '__Host-pactum_session',
      httpOnly: true,
      secure: true,
      sameSite: 'Lax',
    });
    const headers = { cookie: `${cookie?.name}=${cookie?.value}` };
    expect((await call(server, 'GET', '/session', { headers })).status).toBe(200);
    await expect
      .poll(() => page.evaluate(async () => (await indexedDB.databases()).length), { timeout: 10_000 })
      .toBeGreaterThan(0);

    // Asked first; cancelling keeps everything.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign out of Pactum?' });
    await expect.poll(() => dialog.textContent()).toContain('you will need a new invite link');
    await screenshot(page, 'sign-out-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await call(server, 'GET', '/session', { headers })).status).toBe(200);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await dialog.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('invite-only').textContent(), { timeout: 10_000 })
      .toContain('Pactum is invite-only');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await context.cookies()).toEqual([]);
    expect((await call(server, 'GET', '/session', { headers })).status).toBe(401);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).toEqual([]);
    await page.goto(`${server.url}/t/${treatyId}`);
    await expect
      .poll(() => page.getByTestId('access-refused').textContent())
      .toContain('You are not signed in');
    expect(errors).toEqual([]);
  });
});
