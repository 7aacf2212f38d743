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

const recoveryNotice = (page: Page) => page.getByTestId('editor-recovery').textContent();

/** Malformed awareness states; the first is the one of issue 11. */
const MALFORMED: unknown[] = [
  { cursor: { anchor: 5, head: 5 } },
  {
    cursor: {
      anchor: { type: null, tname: null, item: null, assoc: 0 },
      head: { type: null, tname: null, item: null, assoc: 0 },
    },
  },
  { cursor: { anchor: { tname: 'injected', assoc: 0 }, head: { tname: 'injected', assoc: 0 } } },
  { cursor: '5' },
  {
    cursor: {
      anchor: { item: { client: 1, clock: 1e300 }, tname: 'treaty' },
      head: { type: { client: -1, clock: 0 } },
    },
  },
  {
    user: { name: '<img src=x onerror=alert(1)>', color: 'red; background: url(x)', role: 'chair' },
    cursor: 7,
  },
];

/**
 * From the observer's page (its session cookie goes along), opens its own
 * WebSocket to the treaty and sends hand-made awareness frames, one malformed
 * state after another under a fresh client id per socket, every 100 ms until
 * stopped. A socket the server closes is replaced.
 */
function sendMalformedAwareness(page: Page, treatyId: string): Promise<void> {
  return page.evaluate(
    ({ treatyId, states }) => {
      const varUint = (bytes: number[], value: number) => {
        let rest = value;
        while (rest > 127) {
          bytes.push(0x80 | (rest & 127));
          rest = Math.floor(rest / 128);
        }
        bytes.push(rest);
      };
      const frame = (clientId: number, clock: number, json: string) => {
        const text = new TextEncoder().encode(json);
        const update: number[] = [];
        varUint(update, 1);
        varUint(update, clientId);
        varUint(update, clock);
        varUint(update, text.length);
        update.push(...text);
        const message: number[] = [];
        varUint(message, 1); // y-websocket's awareness message
        varUint(message, update.length);
        message.push(...update);
        return new Uint8Array(message);
      };
      const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab/${treatyId}`;
      let socket: WebSocket | null = null;
      let clientId = 0;
      let clock = 0;
      let sent = 0;
      const tick = () => {
        if (!socket || socket.readyState > WebSocket.OPEN) {
          socket = new WebSocket(url);
          clientId = 1 + Math.floor(Math.random() * 2 ** 30);
          clock = 0;
        }
        if (socket.readyState !== WebSocket.OPEN) return;
        clock += 1;
        socket.send(frame(clientId, clock, JSON.stringify(states[sent % states.length])));
        sent += 1;
      };
      const timer = setInterval(tick, 100);
      Object.assign(window, {
        malformedSent: () => sent,
        stopMalformed: () => {
          clearInterval(timer);
          socket?.close();
        },
      });
    },
    { treatyId, states: MALFORMED },
  );
}

async function typeAtEndOf(page: Page, index: number, text: string): Promise<void> {
  await article(page, index).locator('.clause-body p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

describe('malformed carets', () => {
  it('an observer sending malformed awareness cannot make anyone lose text or stop seeing the others’ edits', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const observer = await openAsDelegate(browser, server, treatyId, {
      name: 'Pieter Observer',
      delegation: 'NL',
      role: 'observer',
    });
    const drafter = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena Kovalenko',
      delegation: 'UA',
    });
    const chair = await openAsDelegate(browser, server, treatyId, {
      name: 'Anne Secretariat',
      delegation: 'SEC',
      role: 'chair',
    });

    await sendMalformedAwareness(observer.page, treatyId);
    await expect
      .poll(() =>
        observer.page.evaluate(() => (window as unknown as { malformedSent(): number }).malformedSent()),
      )
      .toBeGreaterThanOrEqual(MALFORMED.length);

    const drafted = ' The Parties shall review this purpose every year.';
    await typeAtEndOf(drafter.page, 1, drafted);
    await expect.poll(() => saveStatus(drafter.page), { timeout: 5_000 }).toBe('Saved');
    const chaired = ' The chair records this addition.';
    await typeAtEndOf(chair.page, 3, chaired);
    await expect.poll(() => saveStatus(chair.page), { timeout: 5_000 }).toBe('Saved');

    // Both editors keep showing each other's edits, while the frames keep coming.
    await expect.poll(() => articleText(chair.page, 1)).toContain(drafted.trim());
    await expect.poll(() => articleText(drafter.page, 3)).toContain(chaired.trim());
    const more = ' Reviewed.';
    await drafter.page.keyboard.type(more);
    await expect.poll(() => articleText(chair.page, 1)).toContain(`${drafted.trim()}${more}`);
    const sent = await observer.page.evaluate(() => {
      const scope = window as unknown as { malformedSent(): number; stopMalformed(): void };
      scope.stopMalformed();
      return scope.malformedSent();
    });
    console.log(`maliciousCaret: the observer sent ${sent} malformed awareness frames`);
    await expect.poll(() => saveStatus(drafter.page), { timeout: 5_000 }).toBe('Saved');

    // The drafter's confirmed text survives on the server; no editor had to be rebuilt.
    const clauses = await readClauses(server.url, treatyId);
    expect(clauses[1]?.text).toContain(`${drafted.trim()}${more}`);
    expect(clauses[3]?.text).toContain(chaired.trim());
    expect(await articleText(drafter.page, 1)).toContain(`${drafted.trim()}${more}`);
    for (const page of [drafter.page, chair.page, observer.page]) expect(await recoveryNotice(page)).toBe('');
    await article(chair.page, 1).evaluate((section) => section.scrollIntoView({ block: 'center' }));
    await screenshot(chair.page, 'malicious-caret-chair');

    expect(observer.errors).toEqual([]);
    expect(drafter.errors).toEqual([]);
    expect(chair.errors).toEqual([]);
  });

  it('a malformed caret that reaches the caret plugin only hides the carets; remote changes still apply', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const drafter = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena Kovalenko',
      delegation: 'UA',
    });
    const chair = await openAsDelegate(browser, server, treatyId, {
      name: 'Anne Secretariat',
      delegation: 'SEC',
      role: 'chair',
    });
    await typeAtEndOf(drafter.page, 1, ' First.');
    const carets = chair.page.locator('.collaboration-carets__caret');
    await expect.poll(() => carets.count()).toBe(1);

    // Past both filters: the caret plugin's own view of awareness is given the numbers of issue 11.
    await chair.page.evaluate(() => {
      type States = Map<number, unknown>;
      const dom = document.querySelector('.ProseMirror') as unknown as {
        editor: {
          extensionManager: {
            extensions: { name: string; options: { provider: { awareness: { getStates(): States } } } }[];
          };
        };
      };
      const caret = dom.editor.extensionManager.extensions.find((ext) => ext.name === 'collaborationCaret');
      if (!caret) throw new Error('no caret extension');
      const { awareness } = caret.options.provider;
      const shown = awareness.getStates.bind(awareness);
      const user = { name: 'Forged', delegation: 'NL', color: '#3b6ea5', role: 'observer' };
      awareness.getStates = () => new Map(shown()).set(4242, { user, cursor: { anchor: 5, head: 5 } });
    });

    await drafter.page.keyboard.type(' Second.');
    await expect.poll(() => articleText(chair.page, 1)).toContain('First. Second.');
    await expect.poll(() => carets.count()).toBe(0);
    expect(await recoveryNotice(chair.page)).toBe('');
    await expect.poll(() => saveStatus(drafter.page), { timeout: 5_000 }).toBe('Saved');
    expect((await readClauses(server.url, treatyId))[1]?.text).toContain('First. Second.');
    expect(drafter.errors).toEqual([]);
    expect(chair.errors).toEqual([]);
  });
});
