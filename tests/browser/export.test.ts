import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listTreaties, readTreaty, sampleTreatyId } from '../helpers/api.ts';
import {
  artifactsDir,
  launchBrowser,
  openAsDelegate,
  screenshot,
  waitUntilLive,
} from '../helpers/browser.ts';
import { startServer } from '../helpers/startServer.ts';

const run = promisify(execFile);

async function openExportView(page: Page): Promise<void> {
  await page
    .getByRole('tablist', { name: 'Views of the treaty' })
    .getByRole('tab', { name: 'Export', exact: true })
    .click();
  await page.getByRole('heading', { name: 'Export', level: 1 }).waitFor();
}

/** Clicks the download link and keeps the file the browser receives. */
async function download(page: Page, linkName: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-export-'));
  const [received] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName, exact: true }).click(),
  ]);
  const file = path.join(dir, received.suggestedFilename());
  await received.saveAs(file);
  return file;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('export, check and import in Chromium', () => {
  it('a drafter downloads the full text as a PDF and the file checks out as that export', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const { title, clauses } = await readTreaty(server.url, treatyId);
    const browser = await launchBrowser();
    const { page, errors } = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena Kovalenko',
      delegation: 'UA',
    });

    await openExportView(page);
    await expect
      .poll(() => page.getByTestId('export-preview').textContent())
      .toMatch(/ are agreed;| is agreed;|No article/);
    await page.getByRole('radio', { name: 'PDF', exact: true }).check();
    await page.getByRole('radio', { name: 'Full negotiating text' }).check();
    expect(await page.getByTestId('export-preview').textContent()).toMatch(
      new RegExp(`^All ${clauses.length} articles as they stand now`),
    );
    await page.getByLabel('Include the annex (tags and reservations)').check();
    await screenshot(page, 'export-view');

    const pdf = await download(page, 'Download PDF');
    expect(path.basename(pdf)).toMatch(/-full-en\.pdf$/);
    expect(fs.readFileSync(pdf).subarray(0, 4).toString('latin1')).toBe('%PDF');
    const { stdout } = await run('/usr/bin/pdftotext', [pdf, '-']);
    const text = oneLine(stdout);
    expect(text).toContain(oneLine(title));
    expect(text).toContain('Article 1');
    expect(text).toContain('Page 1 of');
    fs.mkdirSync(artifactsDir, { recursive: true });
    await run('/usr/bin/pdftoppm', [
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      '-r',
      '60',
      '-singlefile',
      pdf,
      path.join(artifactsDir, 'export-first-page'),
    ]);

    await page.getByLabel('Exported file').setInputFiles(pdf);
    const verdict = page.getByTestId('verify-verdict');
    await expect.poll(() => verdict.textContent()).toContain('This file is the full text of "Live text"');
    expect(await verdict.textContent()).toContain('by Olena Kovalenko · UA');
    await verdict.scrollIntoViewIfNeeded();
    await screenshot(page, 'export-verified');

    // The sample is in English and Ukrainian: the PDF can hold both, side by side.
    const language = page.locator('.export-language select');
    await language.selectOption({ label: 'English | Ukrainian — bilingual, parallel columns' });
    const bilingual = await download(page, 'Download PDF');
    expect(path.basename(bilingual)).toMatch(/-full-en-uk\.pdf$/);
    const both = oneLine((await run('/usr/bin/pdftotext', [bilingual, '-'])).stdout);
    expect(both).toContain('Article 1');
    expect(both).toContain('Стаття 1');
    await page.getByLabel('Exported file').setInputFiles(bilingual);
    await expect.poll(() => verdict.textContent()).toContain('in English and Ukrainian side by side');
    await language.selectOption('en');

    await page.getByRole('radio', { name: 'Word (.docx)' }).check();
    expect(await page.getByLabel('Include the annex (tags and reservations)').count()).toBe(0);
    const word = await download(page, 'Download Word document');
    expect(fs.readFileSync(word).subarray(0, 2).toString('latin1')).toBe('PK');
    await page.getByLabel('Exported file').setInputFiles(word);
    await expect.poll(() => verdict.textContent()).toContain('This file is the full text of "Live text"');
    // The same text has the same stamp in every format: both downloads are listed.
    await expect
      .poll(() => page.locator('.export-matches tbody td:nth-child(3)').allTextContents())
      .toEqual(expect.arrayContaining(['PDF', 'Word (.docx)']));

    await page.getByRole('radio', { name: 'Akoma Ntoso XML' }).check();
    await page.getByRole('radio', { name: 'Agreed text' }).check();
    const xml = await download(page, 'Download Akoma Ntoso XML');
    expect(path.basename(xml)).toMatch(/\.xml$/);
    expect(fs.readFileSync(xml, 'utf8')).toContain('<akomaNtoso');
    await page.getByLabel('Exported file').setInputFiles(xml);
    await expect.poll(() => verdict.textContent()).toContain('This file is the agreed text of "Live text"');

    // A file Pactum did not stamp is not taken for an export.
    const other = path.join(path.dirname(pdf), 'notes.txt');
    fs.writeFileSync(other, 'Minutes of the third round.');
    await page.getByLabel('Exported file').setInputFiles(other);
    await expect.poll(() => verdict.textContent()).toBe('This file carries no Pactum stamp.');
    expect(errors).toEqual([]);
  });

  it('a JSON backup imported on the list page opens as a new treaty with the same title', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const { title, clauses } = await readTreaty(server.url, treatyId);
    const browser = await launchBrowser();
    const { page, errors } = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena Kovalenko',
      delegation: 'UA',
      role: 'observer',
    });

    await openExportView(page);
    await page.getByRole('radio', { name: 'JSON backup' }).check();
    expect(await page.getByRole('radio', { name: 'Full negotiating text' }).count()).toBe(0);
    const backup = await download(page, 'Download JSON backup');
    expect(JSON.parse(fs.readFileSync(backup, 'utf8'))).toMatchObject({
      format: 'pactum-treaty',
      treaty: { titles: { en: title } },
    });

    await page.goto(`${server.url}/`);
    const importInput = page.getByLabel('Import a treaty (JSON backup)');
    const alert = page.getByRole('alert');
    const notABackup = path.join(path.dirname(backup), 'minutes.json');
    fs.writeFileSync(notABackup, JSON.stringify({ minutes: 'third round' }));
    await importInput.setInputFiles(notABackup);
    await expect
      .poll(() => alert.textContent())
      .toBe(
        'minutes.json cannot be imported: it is not a Pactum treaty backup. Export one as “JSON backup” in a treaty’s Export view.',
      );
    const empty = path.join(path.dirname(backup), 'empty.json');
    const file = JSON.parse(fs.readFileSync(backup, 'utf8'));
    fs.writeFileSync(empty, JSON.stringify({ ...file, treaty: { ...file.treaty, clauses: [] } }));
    await importInput.setInputFiles(empty);
    await expect
      .poll(() => alert.textContent())
      .toMatch(/^empty\.json cannot be imported: .*at least one article/);
    await screenshot(page, 'import-error');
    expect(await listTreaties(server.url)).toHaveLength(1);

    await importInput.setInputFiles(backup);
    await page.waitForURL((url) => /^\/t\/[^/]+$/.test(url.pathname) && !url.pathname.includes(treatyId));
    await waitUntilLive(page);
    const importedId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
    await expect.poll(() => page.locator('.header-title').textContent()).toBe(title);
    const imported = await readTreaty(server.url, importedId);
    expect(imported.title).toBe(title);
    expect(imported.clauses.map((clause) => clause.heading)).toEqual(clauses.map((clause) => clause.heading));
    expect((await listTreaties(server.url)).map((treaty) => treaty.id)).toContain(importedId);
    // The observer of the original chairs the copy.
    await expect.poll(() => page.locator('.role-badge').first().textContent()).toMatch(/chair/i);
    expect(errors).toEqual([]);
  });
});
