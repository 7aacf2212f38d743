import { addCommitment, setClauseDomain, setThreshold, TREATY_FRAGMENT } from '@pactum/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { call, createInvite, joinWithInvite, operatorHeaders } from '../helpers/access.ts';
import { readClauses, sampleTreatyId } from '../helpers/api.ts';
import {
  article,
  controlsOf,
  joinThroughLink,
  launchBrowser,
  saveStatus,
  screenshot,
} from '../helpers/browser.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

/** Markup that sets `window.__xss` if it ever becomes markup: an image handler, a script and a javascript: link. */
const payload = (where: string) =>
  `<img src=x onerror="window.__xss='${where}'"><script>window.__xss='${where}'</script><a href="javascript:window.__xss='${where}'">${where}</a>`;
/** The same for fields of at most 60 characters. */
const short = (where: string) => `<img src=x onerror="window.__xss='${where}'">${where}`;

/**
 * Nothing planted ran, and nothing planted became an element: no flag, no
 * inline handler attribute anywhere (React sets none of its own), no
 * javascript: URL, no script carrying a payload.
 */
async function expectInert(page: Page, where: string): Promise<void> {
  // Image errors fire asynchronously: give a planted one the time to.
  await page.waitForTimeout(300);
  const found = await page.evaluate(() => {
    const bad: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) bad.push(`${element.tagName} ${name}`);
        if (/^\s*javascript:/i.test(value)) bad.push(`${element.tagName} ${name}=${value}`);
      }
      if (element.tagName === 'SCRIPT' && element.textContent?.includes('__xss')) bad.push('SCRIPT');
    }
    return { flag: (window as { __xss?: string }).__xss ?? null, bad };
  });
  expect({ where, ...found }).toEqual({ where, flag: null, bad: [] });
}

/** The page shows each of these as text, exactly. */
async function expectLiteral(page: Page, texts: string[]): Promise<void> {
  for (const text of texts) {
    // biome-ignore lint/performance/useDomNodeTextContent: what is rendered, as the reader sees it, is the point
    await expect.poll(() => page.locator('body').innerText(), { timeout: 10_000 }).toContain(text);
  }
}

const view = async (page: Page, name: string, heading: string) => {
  await page
    .getByRole('tablist', { name: 'Views of the treaty' })
    .getByRole('tab', { name, exact: true })
    .click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
};

/** A treaty whose every free-text field holds markup, planted through REST and the WebSocket. */
async function plantedTreaty(server: RunningServer) {
  const operator = operatorHeaders(server);
  const created = await call(server, 'POST', '/treaties', {
    headers: operator,
    body: { title: payload('title') },
  });
  expect(created.status).toBe(201);
  const id: string = created.body.id;
  const ok = (answer: { status: number; body: unknown }) => {
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
    return answer.body as Record<string, string>;
  };
  ok(
    await call(server, 'PUT', `/treaties/${id}/parties/UA`, {
      headers: operator,
      body: { name: short('party') },
    }),
  );
  ok(
    await call(server, 'PUT', `/treaties/${id}/parties/FR`, { headers: operator, body: { name: 'France' } }),
  );
  const domain = ok(
    await call(server, 'POST', `/treaties/${id}/domains`, {
      headers: operator,
      body: { label: short('domain'), color: '#336699' },
    }),
  );

  const editor = new CollabClient(server.wsUrl, id);
  await editor.synced();
  const clauseId = readClauseId(editor);
  editor.doc.transact(() => {
    // Article 1's English text, then its heading.
    const english = (editor.fragment.get(2) as Y.XmlElement).get(0) as Y.XmlElement;
    const heading = english.get(0) as Y.XmlElement;
    if (!(heading.get(0) instanceof Y.XmlText)) heading.insert(0, [new Y.XmlText()]);
    (heading.get(0) as Y.XmlText).insert(0, payload('heading'));
    editor.bodyText(0).insert(0, payload('body'));
    setClauseDomain(editor.doc, clauseId, domain.key as string, true);
    addCommitment(editor.doc, clauseId, {
      party: 'UA',
      domain: domain.key as string,
      capability: payload('capability'),
    });
    setThreshold(editor.doc, clauseId, {
      trigger: 'armed-attack',
      minSeverity: 3,
      verifier: { kind: 'other', name: payload('verifier') },
      activation: 'automatic',
      consultationHours: 24,
      assistanceHours: 72,
    });
  });
  await editor.allConfirmed();

  const drafterInvite = await createInvite(server, id, { delegation: 'UA', role: 'drafter' });
  const drafter = await joinWithInvite(server, drafterInvite.token, short('name'));
  const headers = { cookie: drafter.cookie };
  const clause = `/treaties/${id}/clauses/${clauseId}`;
  ok(await call(server, 'POST', `${clause}/comments`, { headers, body: { text: payload('comment') } }));
  ok(
    await call(server, 'POST', `${clause}/reservations`, { headers, body: { text: payload('reservation') } }),
  );
  ok(await call(server, 'POST', `${clause}/options`, { headers, body: { paragraphs: [payload('option')] } }));
  ok(await call(server, 'POST', `${clause}/brackets`, { headers, body: { reason: payload('bracket') } }));
  ok(
    await call(server, 'POST', `/treaties/${id}/versions`, {
      headers: operator,
      body: { name: short('version'), note: payload('note') },
    }),
  );
  // A change after the version, so the compare has something to show.
  editor.bodyText(0).insert(0, payload('after'));
  await editor.allConfirmed();
  editor.destroy();
  return { id, clauseId };
}

function readClauseId(editor: CollabClient): string {
  const clause = editor.doc.getXmlFragment(TREATY_FRAGMENT).get(2) as Y.XmlElement;
  return clause.getAttribute('clauseId') as string;
}

describe('stored and pasted markup in Chromium', () => {
  it('renders markup planted in every field as text, in every view, and runs none of it', async () => {
    const server = await startServer();
    const { id } = await plantedTreaty(server);
    const browser = await launchBrowser();
    // Without the CSP, so that only escaping stands between the payloads and the page (the CSP has its own test).
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    const invite = await createInvite(server, id, { delegation: 'SEC', role: 'chair' });
    await page.goto(invite.url);
    await expectLiteral(page, [payload('title')]);
    await expectInert(page, 'invite page');
    await joinThroughLink(page, invite.url, 'Claire');

    // The text, its panel (tags, brackets, options, comments, reservations).
    await expectLiteral(page, [
      payload('title'),
      payload('heading'),
      `${payload('after')}${payload('body')}`,
      short('domain'),
    ]);
    await expectInert(page, 'text');
    await (await controlsOf(article(page, 0))).getByTestId('agreement-marker').click();
    const panel = page.locator('aside.side-panel');
    await expectLiteral(page, [
      payload('bracket'),
      payload('comment'),
      payload('reservation'),
      payload('option'),
    ]);
    await expectInert(page, 'article panel');
    await screenshot(page, 'xss-article-panel');
    await (await controlsOf(article(page, 0)))
      .getByRole('button', { name: 'Edit the tags of this article' })
      .click();
    await expectLiteral(page, [short('domain')]);
    expect(await panel.getByLabel('Name of the verifier').inputValue()).toBe(payload('verifier'));
    expect(
      await panel.locator('.commitment-row').getByLabel('Capability', { exact: true }).inputValue(),
    ).toBe(payload('capability'));
    await expectInert(page, 'tags panel');

    await view(page, 'Matrix', 'Commitment matrix');
    await expectLiteral(page, [short('domain')]);
    // Party names are the codes' titles there.
    expect(await page.getByTestId('matrix').locator('abbr').allInnerTexts()).toContain('UA');
    expect(
      await page
        .getByTestId('matrix')
        .locator('abbr[title]')
        .evaluateAll((abbrs) => abbrs.map((abbr) => abbr.getAttribute('title'))),
    ).toContain(short('party'));
    await expectInert(page, 'matrix');
    await view(page, 'Scenario', 'Scenario check');
    await expectInert(page, 'scenario');
    await view(page, 'Agreement', 'Agreement');
    await expectLiteral(page, [short('party')]);
    await expectInert(page, 'agreement overview');
    await view(page, 'Members', 'Members');
    await expectLiteral(page, [short('name')]);
    await page.getByTestId('audit-entry').first().waitFor();
    await expectLiteral(page, [short('version')]);
    await expectInert(page, 'members and audit log');
    await screenshot(page, 'xss-members');
    await view(page, 'Versions', 'Versions');
    await expectLiteral(page, [short('version'), payload('note')]);
    await expectInert(page, 'versions');
    const row = page.getByTestId('version-row').filter({ hasText: 'version' });
    await row.getByRole('button', { name: 'Compare with live', exact: true }).click();
    const compare = page.getByTestId('compare-view');
    await compare.getByTestId('compare-summary').waitFor();
    // The word diff keeps the "<img src=x " both sides share; the rest is inserted.
    const inserted = payload('after').slice('<img src=x '.length);
    const insertions = async () => (await compare.locator('ins').allTextContents()).join('');
    await expect.poll(insertions).toContain(inserted);
    await expectInert(page, 'compare inline');
    await screenshot(page, 'xss-compare');
    await compare.getByRole('button', { name: 'Side by side', exact: true }).click();
    await expect.poll(insertions).toContain(inserted);
    await expectInert(page, 'compare side by side');
    await view(page, 'Export', 'Export');
    await expectInert(page, 'export view');

    // The treaty list.
    await page.getByRole('link', { name: 'Pactum' }).click();
    await expectLiteral(page, [payload('title')]);
    await expectInert(page, 'treaty list');
    expect(errors).toEqual([]);
  });

  it('pasted HTML loses scripts, styles, handlers and links: nothing runs, only its text is kept', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const invite = await createInvite(server, id, { delegation: 'FR', role: 'drafter' });
    await joinThroughLink(page, invite.url, 'Pierre');

    const html = [
      '<style>body { display: none } p { color: red }</style>',
      '<p style="color: red" onclick="window.__xss=\'click\'">Pasted paragraph.</p>',
      '<img src="x" onerror="window.__xss=\'img\'">',
      '<a href="javascript:window.__xss=\'link\'" onmouseover="window.__xss=\'hover\'">Link text</a>',
      '<script>window.__xss = "script"</script>',
      '<iframe srcdoc="<script>parent.__xss=\'frame\'</script>"></iframe>',
      '<svg><animate onbegin="window.__xss=\'svg\'" attributeName="x" dur="1s"/></svg>',
    ].join('');
    await article(page, 0).locator('.clause-body p').first().click();
    await page.keyboard.press('End');
    const before = await readClauses(server.url, id);
    await page.evaluate((pasted) => {
      const target = document.querySelector('.ProseMirror') as HTMLElement;
      const data = new DataTransfer();
      data.setData('text/html', pasted);
      data.setData('text/plain', 'plain fallback');
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, html);
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toBe('Saved');
    await expectInert(page, 'after paste');
    const text = (await readClauses(server.url, id))[0]?.text ?? '';
    expect(text).not.toBe(before[0]?.text);
    expect(text).toContain('Pasted paragraph.');
    expect(text).toContain('Link text');
    expect(text).not.toMatch(/display: none|color: red|window\.__xss|plain fallback/);
    // What is stored holds no attribute, mark or node beyond the schema's.
    const stored = JSON.stringify(await readClauses(server.url, id));
    expect(stored).not.toMatch(/onclick|onerror|javascript:|iframe|style=/i);
    expect(
      await page.locator('.ProseMirror style, .ProseMirror img, .ProseMirror a, .ProseMirror iframe').count(),
    ).toBe(0);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('connection-status').textContent(), { timeout: 15_000 })
      .toBe('Live');
    await expectInert(page, 'after reload');
  });
});
