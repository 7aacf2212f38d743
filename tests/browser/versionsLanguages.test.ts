import { type TreatyDraft, treatyFile, treatyFromYDoc, writeTreatyToYDoc } from '@pactum/shared';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { call, memberOf, operatorHeaders } from '../helpers/access.ts';
import { launchBrowser, openAsDelegate, screenshot } from '../helpers/browser.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

const TREATY: TreatyDraft = {
  title: 'Agreement on Security Cooperation',
  preamble: ['The Parties,'],
  parties: [
    { code: 'UA', name: 'Ukraine' },
    { code: 'PL', name: 'Poland' },
  ],
  languages: ['en', 'uk'],
  clauses: [
    { heading: 'Purpose', paragraphs: ['The Parties shall cooperate in matters of security.'] },
    { heading: 'Assistance', paragraphs: ['Each Party shall provide assistance within 24 hours.'] },
  ],
  translations: {
    uk: {
      title: 'Угода про співробітництво у сфері безпеки',
      preamble: ['Сторони,'],
      clauses: [
        { heading: 'Мета', paragraphs: ['Сторони співпрацюють у питаннях безпеки.'] },
        {
          heading: 'Допомога',
          paragraphs: ['Кожна Сторона зобов’язується надати допомогу протягом 24 годин.'],
        },
      ],
    },
  },
};

const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });

/** The bilingual treaty, both articles confirmed concordant, a named version, then Article 2's Ukrainian changed. */
async function outdatedTreaty(server: RunningServer): Promise<string> {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, TREATY);
  const file = treatyFile(treatyFromYDoc(doc), [], new Date().toISOString());
  const id = (await call(server, 'POST', '/imports', { headers: operatorHeaders(server), body: file })).body
    .id;
  const olena = await memberOf(server, id, 'Olena', 'UA');
  for (const { clauseId } of treatyFromYDoc(doc).clauses)
    await call(server, 'POST', `/treaties/${id}/clauses/${clauseId}/concordance`, { headers: olena.headers });
  await call(server, 'POST', `/treaties/${id}/versions`, {
    headers: operatorHeaders(server),
    body: { name: 'Kyiv draft 1' },
  });
  const editor = new CollabClient(server.wsUrl, id);
  await editor.synced();
  const text = editor.bodyText(1, 'uk');
  editor.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, 'Кожна Сторона має право надати допомогу протягом 48 годин.');
  });
  await editor.allConfirmed();
  editor.destroy();
  return id;
}

describe('compare and history per language in Chromium', () => {
  it('shows the two languages with their concordance, compares versions in Ukrainian, and reads history in it', async () => {
    const server = await startServer();
    const id = await outdatedTreaty(server);
    const browser = await launchBrowser();
    const { page, errors } = await openAsDelegate(browser, server, id, { name: 'Marta', delegation: 'PL' });

    await page.getByRole('tab', { name: 'Versions', exact: true }).click();
    await button(page, 'Compare languages').click();
    const pair = page.getByTestId('language-comparison');
    const articles = pair.getByTestId('language-pair-clause');
    await expect.poll(() => articles.count()).toBe(2);
    expect(await articles.evaluateAll((all) => all.map((a) => a.getAttribute('data-status')))).toEqual([
      'concordant',
      'outdated',
    ]);
    const outdated = articles.nth(1);
    expect(await outdated.locator('.compare-column.is-after h4').textContent()).toBe('Стаття 2 · Допомога');
    expect(await outdated.locator('.compare-column.is-after').getAttribute('lang')).toBe('uk');
    expect(await outdated.locator('.compare-column.is-after ins').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('має право')]),
    );
    expect(await outdated.locator('.language-pair-note').textContent()).toMatch(/^Ukrainian changed since/);
    expect(await pair.getByTestId('language-summary').textContent()).toContain('1 outdated');
    await screenshot(page, 'compare-languages');

    // Two versions, compared in Ukrainian: the material changes are found in the Ukrainian text.
    await button(page, 'Two versions').click();
    const compare = page.getByTestId('compare-view');
    await compare.getByLabel('Language').selectOption('uk');
    const changed = compare.locator('[data-testid="compare-clause"][data-status="changed"]');
    await expect.poll(() => changed.count()).toBe(1);
    const badges = await changed.locator('.material-badge').allTextContents();
    expect(badges.join(' ')).toContain("“зобов'язується” → “має право”");
    expect(badges.join(' ')).toContain('“24” → “48”');
    await compare.getByLabel('Language').selectOption('en');
    await expect.poll(() => changed.count()).toBe(0);

    // The article's history follows the language: in English the Ukrainian edit is not a change of
    // the article, in Ukrainian it is (the confirmations and the edit each left a checkpoint).
    await compare.getByLabel('Language').selectOption('uk');
    await expect.poll(() => changed.count()).toBe(1);
    await button(changed, 'History').click();
    const history = page.getByTestId('clause-history');
    const entries = history.getByTestId('history-entry');
    expect(await history.getByLabel('Text in').inputValue()).toBe('en');
    await expect.poll(() => entries.count()).toBe(2);
    await history.getByLabel('Text in').selectOption('uk');
    await expect.poll(() => entries.count()).toBe(3);
    expect(await entries.nth(1).textContent()).toContain('Стаття 2');
    await entries.nth(0).getByRole('checkbox').check();
    await expect
      .poll(() => history.locator('.history-comparison ins').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('48')]));
    expect(errors).toEqual([]);
    await browser.close();
  });
});
