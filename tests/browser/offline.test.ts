import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MeJSON, TreatyFile } from '@pactum/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../server/src/persistence/sqlite/SqliteStorage.ts';
import { createInvite, operatorHeaders } from '../helpers/access.ts';
import { readClauses, sampleTreatyId } from '../helpers/api.ts';
import {
  article,
  articleText,
  joinThroughLink,
  launchBrowser,
  launchPersistentDelegate,
  openAsDelegate,
  saveStatus,
  screenshot,
  waitUntilLive,
} from '../helpers/browser.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

const connectionStatus = (page: Page) => page.getByTestId('connection-status').textContent();

/** Names of the treaty copies this page's browser keeps (IndexedDB databases). */
const localCopies = (page: Page, treatyId: string) =>
  page.evaluate(
    async (prefix) =>
      (await indexedDB.databases()).map((db) => db.name ?? '').filter((name) => name.startsWith(prefix)),
    `pactum-treaty/${treatyId}/`,
  );

const me = (page: Page, treatyId: string) =>
  page.evaluate(async (id) => (await (await fetch(`/api/treaties/${id}/me`)).json()) as MeJSON, treatyId);

async function typeAtStartOfArticle(page: Page, index: number, text: string): Promise<void> {
  await article(page, index).locator('.clause-body p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type(text);
}

function profileDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-profile-'));
}

async function revoke(server: RunningServer, treatyId: string, memberId: string): Promise<void> {
  const response = await fetch(`${server.url}/api/treaties/${treatyId}/members/${memberId}`, {
    method: 'DELETE',
    headers: operatorHeaders(server),
  });
  expect(response.status).toBe(200);
}

describe('offline: nothing typed is lost, even across a closed browser', () => {
  it('keeps text typed offline on the device through a browser restart and sends it once the server is back', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const typed = 'Kept on the device: ';
    const profile = profileDir();

    const invite = await createInvite(server, treatyId, { delegation: 'DE', role: 'drafter' });
    const writer = await launchPersistentDelegate(profile);
    await joinThroughLink(writer.page, invite.url, 'Marta Schmidt');
    const reader = await openAsDelegate(await launchBrowser(), server, treatyId, {
      name: 'Taras Melnyk',
      delegation: 'UA',
    });
    expect(await localCopies(writer.page, treatyId)).toHaveLength(1);

    expect(await server.stop()).toBe(0);
    await expect.poll(() => connectionStatus(writer.page)).toBe('Offline');
    await typeAtStartOfArticle(writer.page, 3, typed);
    // One change per keystroke, each kept on the device.
    await expect
      .poll(() => saveStatus(writer.page))
      .toBe(`${typed.length} changes kept on this device — not yet saved`);
    await screenshot(writer.page, 'offline-kept-on-device');
    await writer.context.close();

    // The server comes back without the text: only the closed browser's profile has it.
    const restarted = await startServer({ dataDir: server.dataDir, port: server.port });
    await waitUntilLive(reader.page);
    expect((await readClauses(restarted.url, treatyId))[3]?.text).not.toContain(typed);

    // Reopened with the collaboration socket still cut: the text is there, from the device.
    const reopened = await launchPersistentDelegate(profile);
    let cut = true;
    await reopened.context.routeWebSocket(/\/collab\//, (socket) => {
      if (cut) socket.close({ code: 1011, reason: 'cut by the test' });
      else socket.connectToServer();
    });
    await reopened.page.goto(`${restarted.url}/t/${treatyId}`);
    await expect.poll(() => articleText(reopened.page, 3), { timeout: 15_000 }).toContain(typed.trim());
    await expect.poll(() => connectionStatus(reopened.page)).toBe('Offline');
    expect(await saveStatus(reopened.page)).toBe(
      `${typed.length} changes kept on this device — not yet saved`,
    );
    await screenshot(reopened.page, 'offline-reopened-from-device');

    cut = false;
    await expect.poll(() => saveStatus(reopened.page), { timeout: 20_000 }).toBe('Saved');
    await expect.poll(() => articleText(reader.page, 3), { timeout: 15_000 }).toContain(typed.trim());
    expect((await readClauses(restarted.url, treatyId))[3]?.text).toContain(typed);
    // Once, not twice: the copy merged into what the server had.
    expect((await readClauses(restarted.url, treatyId))[3]?.text.split(typed.trim())).toHaveLength(2);
    expect(reopened.errors).toEqual([]);
    expect(reader.errors).toEqual([]);
  });

  it("deletes a member's copy as soon as the browser learns of the revocation: on its socket, or from /me", async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const open = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena Kovalenko',
      delegation: 'UA',
    });
    const away = await openAsDelegate(browser, server, treatyId, { name: 'Piotr Nowak', delegation: 'PL' });
    expect(await localCopies(open.page, treatyId)).toHaveLength(1);
    expect(await localCopies(away.page, treatyId)).toHaveLength(1);
    const openMember = (await me(open.page, treatyId)).member?.id as string;
    const awayMember = (await me(away.page, treatyId)).member?.id as string;

    // Piotr is on the list of treaties when he is revoked: no socket of his can tell him.
    await away.page.goto(server.url);
    await revoke(server, treatyId, openMember);
    await revoke(server, treatyId, awayMember);

    await expect.poll(() => open.page.getByTestId('closed-notice').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => localCopies(open.page, treatyId), { timeout: 15_000 }).toEqual([]);

    expect(await localCopies(away.page, treatyId)).toHaveLength(1);
    await away.page.goto(`${server.url}/t/${treatyId}`);
    await expect.poll(() => away.page.getByTestId('access-refused').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => localCopies(away.page, treatyId), { timeout: 15_000 }).toEqual([]);
    expect(open.errors).toEqual([]);
    expect(away.errors).toEqual([]);
  });

  it('never merges a copy made before the treaty was replaced: unsaved changes are offered as a download, then deleted', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const typed = 'Typed before the restore: ';
    const browser = await launchBrowser();
    const writer = await openAsDelegate(browser, server, treatyId, {
      name: 'Marta Schmidt',
      delegation: 'DE',
    });
    const reader = await openAsDelegate(browser, server, treatyId, {
      name: 'Taras Melnyk',
      delegation: 'UA',
    });
    const [readerCopy] = await localCopies(reader.page, treatyId);

    expect(await server.stop()).toBe(0);
    await expect.poll(() => connectionStatus(writer.page)).toBe('Offline');
    await typeAtStartOfArticle(writer.page, 3, typed);
    await expect
      .poll(() => saveStatus(writer.page))
      .toBe(`${typed.length} changes kept on this device — not yet saved`);
    // While the server is down its treaty is replaced (a restore renews the document epoch).
    const store = SqliteStorage.open(server.dataDir);
    await store.treaties.renewEpoch(treatyId);
    await store.close();
    const restarted = await startServer({ dataDir: server.dataDir, port: server.port });

    // The open pages come back to a replaced treaty: refused, so they cannot push their old text into it.
    await expect
      .poll(() => writer.page.getByTestId('closed-notice').textContent(), { timeout: 15_000 })
      .toContain('replaced');
    await expect.poll(() => reader.page.getByTestId('closed-notice').count(), { timeout: 15_000 }).toBe(1);
    expect((await readClauses(restarted.url, treatyId))[3]?.text).not.toContain(typed);

    // The reader's old copy held nothing unsaved: deleted without a word.
    await reader.page.reload();
    await waitUntilLive(reader.page);
    await expect.poll(() => localCopies(reader.page, treatyId)).not.toContain(readerCopy);
    expect(await localCopies(reader.page, treatyId)).toHaveLength(1);
    expect(await reader.page.getByTestId('stale-copy').count()).toBe(0);

    // The writer's held changes: offered as a download, never merged.
    await writer.page.reload();
    await waitUntilLive(writer.page);
    const notice = writer.page.getByTestId('stale-copy');
    await expect.poll(() => notice.textContent()).toContain(`This device kept ${typed.length} changes`);
    await screenshot(writer.page, 'offline-stale-copy');
    expect(await articleText(writer.page, 3)).not.toContain(typed.trim());
    const [download] = await Promise.all([
      writer.page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download that copy' }).click(),
    ]);
    const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as TreatyFile;
    expect(file.format).toBe('pactum-treaty');
    expect(JSON.stringify(file.treaty.clauses[3]?.texts?.en?.body)).toContain(typed.trim());
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(() => localCopies(writer.page, treatyId)).toHaveLength(1);

    await writer.page.reload();
    await waitUntilLive(writer.page);
    expect(await writer.page.getByTestId('stale-copy').count()).toBe(0);
    expect((await readClauses(restarted.url, treatyId))[3]?.text).not.toContain(typed);
    expect(writer.errors).toEqual([]);
    expect(reader.errors).toEqual([]);
  });

  it('offers the changes held for a session that has ended, then deletes the copy', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const typed = 'Typed before the session ended: ';
    const writer = await openAsDelegate(await launchBrowser(), server, treatyId, {
      name: 'Marta Schmidt',
      delegation: 'DE',
    });

    expect(await server.stop()).toBe(0);
    await expect.poll(() => connectionStatus(writer.page)).toBe('Offline');
    await typeAtStartOfArticle(writer.page, 3, typed);
    await expect
      .poll(() => saveStatus(writer.page))
      .toBe(`${typed.length} changes kept on this device — not yet saved`);
    // The session is gone when the server is back (expired, or signed out elsewhere): /me answers 401.
    await writer.context.clearCookies();
    const restarted = await startServer({ dataDir: server.dataDir, port: server.port });
    await writer.page.reload();
    await expect.poll(() => writer.page.getByTestId('access-refused').count(), { timeout: 15_000 }).toBe(1);
    const notice = writer.page.getByTestId('stale-copy');
    await expect
      .poll(() => notice.textContent())
      .toContain(`This device kept ${typed.length} changes to this treaty that never reached the server`);
    expect(await localCopies(writer.page, treatyId)).toHaveLength(1);
    await notice.getByRole('button', { name: 'Discard it' }).click();
    await expect.poll(() => localCopies(writer.page, treatyId)).toEqual([]);
    expect((await readClauses(restarted.url, treatyId))[3]?.text).not.toContain(typed);
    expect(writer.errors).toEqual([]);
  });
});
