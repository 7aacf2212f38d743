import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readClauses, sampleTreatyId } from '../helpers/api.ts';
import {
  article,
  articleText,
  launchBrowser,
  openAsDelegate,
  saveStatus,
  screenshot,
} from '../helpers/browser.ts';
import { startServer } from '../helpers/startServer.ts';

/**
 * In the page's editor, a plugin that throws whenever a remote change (a
 * transaction with y-sync's change-origin meta) is applied, once armed — as
 * any extension with a bug could. Built with the page's own ProseMirror classes.
 */
function injectRemoteChangeFailure(page: Page): Promise<void> {
  return page.evaluate(() => {
    type Tr = { getMeta(key: string): { isChangeOrigin?: boolean } | undefined };
    const dom = document.querySelector('.ProseMirror') as unknown as {
      editor: {
        state: { plugins: { key: string; constructor: new (spec: object) => unknown }[] };
        registerPlugin(plugin: unknown): void;
      };
    };
    const { editor } = dom;
    const sync = editor.state.plugins.find((plugin) => plugin.key.startsWith('y-sync$'));
    const Plugin = editor.state.plugins[0]?.constructor;
    if (!sync || !Plugin) throw new Error('no y-sync plugin in the editor');
    const failing = new Plugin({
      appendTransaction(transactions: Tr[]) {
        const armed = (window as unknown as { failRemoteChanges?: boolean }).failRemoteChanges;
        if (armed && transactions.some((tr) => tr.getMeta(sync.key)?.isChangeOrigin))
          throw new Error('injected failure while applying a remote change');
        return null;
      },
    });
    editor.registerPlugin(failing);
  });
}

/**
 * In the page's current editor, y-tiptap's own handling of a remote change
 * throws, once armed, before it dispatches anything: its Y↔ProseMirror mapping
 * fails when the change drops the types it touched.
 */
function injectBindingFailure(page: Page): Promise<void> {
  return page.evaluate(() => {
    type Binding = { mapping: Map<unknown, unknown> };
    const dom = document.querySelector('.ProseMirror') as unknown as {
      editor: { state: { plugins: { key: string; getState(state: unknown): { binding: Binding } }[] } };
    };
    const { state } = dom.editor;
    const sync = state.plugins.find((plugin) => plugin.key.startsWith('y-sync$'));
    if (!sync) throw new Error('no y-sync plugin in the editor');
    const { mapping } = sync.getState(state).binding;
    const drop = mapping.delete.bind(mapping);
    mapping.delete = (type) => {
      if ((window as unknown as { failRemoteChanges?: boolean }).failRemoteChanges)
        throw new Error('injected failure inside the y-sync binding');
      return drop(type);
    };
  });
}

/** The Tiptap editor currently in the page, marked so that a rebuilt one can be told apart. */
function markEditor(page: Page): Promise<void> {
  return page.evaluate(() => {
    const dom = document.querySelector('.ProseMirror') as unknown as { editor: object };
    (window as unknown as { marked: object }).marked = dom.editor;
  });
}

const isRebuilt = (page: Page) =>
  page.evaluate(() => {
    const dom = document.querySelector('.ProseMirror') as unknown as { editor: object } | null;
    return dom !== null && dom.editor !== (window as unknown as { marked: object }).marked;
  });

/** Holds back everything the page's WebSockets send until released: edits stay unsent. */
function holdOutgoing(page: Page): Promise<void> {
  return page.evaluate(() => {
    const held: [WebSocket, Parameters<WebSocket['send']>[0]][] = [];
    const send = WebSocket.prototype.send;
    const scope = window as unknown as { holding: boolean; release: () => void };
    scope.holding = true;
    WebSocket.prototype.send = function (data) {
      if (scope.holding) held.push([this, data]);
      else send.call(this, data);
    };
    scope.release = () => {
      scope.holding = false;
      for (const [socket, data] of held.splice(0)) send.call(socket, data);
    };
  });
}

describe('the editor fails closed', () => {
  it('a remote change that cannot be applied rebuilds the editor from the shared document; nothing confirmed or typed is lost', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const drafter = await openAsDelegate(browser, server, treatyId, {
      name: 'Claire Dubois',
      delegation: 'FR',
    });
    const chair = await openAsDelegate(browser, server, treatyId, {
      name: 'Anne Secretariat',
      delegation: 'SEC',
      role: 'chair',
    });
    await expect.poll(() => articleText(chair.page, 3)).toContain('Air and missile defence');

    // The chair types in Article 4 but nothing leaves the page yet: an unsent local edit.
    await injectRemoteChangeFailure(chair.page);
    await holdOutgoing(chair.page);
    await article(chair.page, 3).locator('.clause-body p').first().click();
    await chair.page.keyboard.press('End');
    const unsent = ' The chair notes this before the failure.';
    await chair.page.keyboard.type(unsent);
    await chair.page.evaluate(() => {
      (window as unknown as { failRemoteChanges: boolean }).failRemoteChanges = true;
    });

    // The drafter's insertion into Article 2 is confirmed by the server.
    await article(drafter.page, 1).locator('.clause-body p').first().click();
    await drafter.page.keyboard.press('End');
    const confirmed = ' The Parties shall review this purpose every year.';
    await drafter.page.keyboard.type(confirmed);
    await expect.poll(() => saveStatus(drafter.page), { timeout: 5_000 }).toBe('Saved');
    expect((await readClauses(server.url, treatyId))[1]?.text).toContain(confirmed.trim());

    // Applying it fails in the chair's editor: it is rebuilt from the Y.Doc and says so.
    const notice = chair.page.getByTestId('editor-recovery');
    await expect.poll(() => notice.textContent()).toContain('could not be shown here');
    expect(await notice.textContent()).toContain('Nothing you typed was lost.');
    expect(await notice.getAttribute('role')).toBe('status');
    await expect.poll(() => articleText(chair.page, 1)).toContain(confirmed.trim());
    expect(await articleText(chair.page, 3)).toContain(unsent.trim());

    // The chair goes on typing where the caret was; then the held edit goes out too.
    const after = ' And after the rebuild.';
    await chair.page.keyboard.type(after);
    expect(await articleText(chair.page, 3)).toContain(`${unsent.trim()}${after}`);
    await chair.page.evaluate(() => (window as unknown as { release: () => void }).release());
    await expect.poll(() => saveStatus(chair.page), { timeout: 5_000 }).toBe('Saved');
    await article(chair.page, 3).evaluate((section) => section.scrollIntoView({ block: 'center' }));
    await screenshot(chair.page, 'fail-closed-chair-rebuilt');

    // Nothing was lost anywhere: on the server, in the drafter's page and in the chair's.
    const clauses = await readClauses(server.url, treatyId);
    expect(clauses[1]?.text).toContain(confirmed.trim());
    expect(clauses[3]?.text).toContain(`${unsent.trim()}${after}`);
    await expect.poll(() => articleText(drafter.page, 3)).toContain(`${unsent.trim()}${after}`);
    expect(await articleText(drafter.page, 1)).toContain(confirmed.trim());
    expect(await articleText(chair.page, 1)).toContain(confirmed.trim());

    // The rebuilt editor applies remote changes again.
    const later = ' Reviewed.';
    await drafter.page.keyboard.type(later);
    await expect.poll(() => articleText(chair.page, 1)).toContain(`${confirmed.trim()}${later}`);

    expect(drafter.errors).toEqual([]);
    expect(chair.errors).toEqual([]);
  });

  it('a failure inside the y-sync binding fails closed too, and one that repeats leaves the text read-only after three rebuilds', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const drafter = await openAsDelegate(browser, server, treatyId, {
      name: 'Claire Dubois',
      delegation: 'FR',
    });
    const chair = await openAsDelegate(browser, server, treatyId, {
      name: 'Anne Secretariat',
      delegation: 'SEC',
      role: 'chair',
    });
    await expect.poll(() => articleText(chair.page, 1)).toContain('Purpose');
    await chair.page.evaluate(() => {
      (window as unknown as { failRemoteChanges: boolean }).failRemoteChanges = true;
    });
    await article(drafter.page, 1).locator('.clause-body p').first().click();
    await drafter.page.keyboard.press('End');

    const notice = chair.page.getByTestId('editor-recovery');
    let typed = '';
    for (let failure = 1; failure <= 4; failure++) {
      await injectBindingFailure(chair.page);
      await markEditor(chair.page);
      const word = ` edit${failure}`;
      await drafter.page.keyboard.type(word);
      typed += word;
      await expect.poll(() => saveStatus(drafter.page), { timeout: 5_000 }).toBe('Saved');
      await expect.poll(() => isRebuilt(chair.page)).toBe(true);
      // Every rebuilt editor, the last read-only one too, holds the text it could not apply.
      await expect.poll(() => articleText(chair.page, 1)).toContain(typed);
      if (failure < 4) expect(await notice.textContent()).toContain('Nothing you typed was lost.');
    }

    const alert = notice.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('read-only');
    expect(await alert.textContent()).toContain('reload the page');
    expect(await chair.page.getByRole('button', { name: 'Reload' }).isEnabled()).toBe(true);
    expect(
      await chair.page.getByRole('textbox', { name: 'Treaty text' }).getAttribute('contenteditable'),
    ).toBe('false');
    await article(chair.page, 1).evaluate((section) => section.scrollIntoView({ block: 'center' }));
    await screenshot(chair.page, 'fail-closed-chair-stopped');

    // No more rebuilds: the drafter goes on, the server and the drafter keep everything.
    await drafter.page.keyboard.type(' edit5');
    typed += ' edit5';
    await expect.poll(() => saveStatus(drafter.page), { timeout: 5_000 }).toBe('Saved');
    expect((await readClauses(server.url, treatyId))[1]?.text).toContain(typed);
    expect(await articleText(drafter.page, 1)).toContain(typed);
    expect(drafter.errors).toEqual([]);
    expect(chair.errors).toEqual([]);
  });
});
