import type { Browser } from 'playwright-core';

/** What one cold load of one editor took and fetched. */
export interface LoadSample {
  /** Navigation start → the editor is contenteditable and holds the whole synced treaty. */
  editableMs: number;
  /** JavaScript files fetched before that moment. */
  scripts: { url: string; decodedBytes: number; transferBytes: number }[];
}

/**
 * Runs in the page before any of its scripts: after every change to the DOM, checks whether
 * the ProseMirror view is contenteditable and holds all `clauses` articles, the last one with
 * its text. The server sends the whole document in one sync message, applied in one
 * transaction, so the last article's text in the view means the whole treaty is there.
 * (A MutationObserver, not animation frames: frames requested this early never ran.)
 */
function watchForEditable(clauses: number): void {
  const probe = { editableAt: -1 };
  (window as unknown as { __firstload: typeof probe }).__firstload = probe;
  const observer = new MutationObserver(() => {
    const view = document.querySelector('.ProseMirror[contenteditable="true"]');
    const articles = view?.querySelectorAll('section.clause');
    const last = articles?.[articles.length - 1]?.querySelector('.clause-body');
    if (articles?.length === clauses && (last?.textContent ?? '').length > 0) {
      probe.editableAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

/**
 * Opens `url` in a fresh context (its own empty cache, cookie jar and IndexedDB: a cold load)
 * signed in with `cookie`, and waits until the editor is editable and synced.
 */
export async function coldLoad(
  browser: Browser,
  url: string,
  cookie: { name: string; value: string },
  clauses: number,
): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // `__Host-` cookies must be Secure with path `/` and no domain; Chromium counts 127.0.0.1 as secure.
    const { hostname } = new URL(url);
    await context.addCookies([
      { ...cookie, domain: hostname, path: '/', secure: cookie.name.startsWith('__Host-'), sameSite: 'Lax' },
    ]);
    await context.addInitScript(watchForEditable, clauses);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __firstload: { editableAt: number } }).__firstload.editableAt >= 0,
      null,
      { timeout: 120_000, polling: 50 },
    );
    return await page.evaluate(() => {
      const editableMs = (window as unknown as { __firstload: { editableAt: number } }).__firstload
        .editableAt;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js') && entry.responseEnd <= editableMs)
        .map((entry) => ({
          url: new URL(entry.name).pathname,
          decodedBytes: entry.decodedBodySize,
          transferBytes: entry.transferSize,
        }));
      return { editableMs, scripts };
    });
  } finally {
    await context.close();
  }
}
