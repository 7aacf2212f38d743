import fs from 'node:fs';
import path from 'node:path';
import type { Role } from '@pactum/shared';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect, onTestFinished } from 'vitest';
import { createInvite } from './access.ts';
import { type RunningServer, repoRoot } from './startServer.ts';

export const artifactsDir = path.join(repoRoot, 'tests/artifacts');
const CHROMIUM = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The interface follows the browser's language on first visit: tests read it in English unless they choose.
  '--lang=en-US',
];

function checkBrowserParts(): void {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  // The server serves PACTUM_CLIENT_DIR when set (e.g. a copy no concurrent build replaces mid-test).
  const clientDir = process.env.PACTUM_CLIENT_DIR ?? path.join(repoRoot, 'client/dist');
  if (!fs.existsSync(path.join(clientDir, 'index.html')))
    throw new Error(`${clientDir} is missing: run \`npm run build\` first`);
}

/** Debian's Chromium, headless, without the background traffic this closed network refuses. */
export async function launchBrowser(): Promise<Browser> {
  checkBrowserParts();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  onTestFinished(() => browser.close());
  return browser;
}

/**
 * A browser whose profile (cookies, IndexedDB) lives in `profileDir`, as a
 * person's browser does: close it and launch it again on the same directory
 * to reopen it later. Closed when the test finishes, if still open.
 */
export async function launchPersistentDelegate(profileDir: string): Promise<Delegate> {
  checkBrowserParts();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  onTestFinished(() => context.close());
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

export interface Delegate {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

export interface DelegateIdentity {
  name: string;
  /** A delegation code, e.g. `UA`. */
  delegation: string;
  role?: Role;
}

/** A fresh browser context (own cookies, no BroadcastChannel shortcut to anyone else). */
export async function newDelegateContext(browser: Browser): Promise<Delegate> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/**
 * A person in their own browser context who joined the treaty through an
 * invite the operator made for their delegation and role (drafter unless
 * given), and whose editor is live.
 */
export async function openAsDelegate(
  browser: Browser,
  server: Pick<RunningServer, 'url' | 'adminToken'>,
  treatyId: string,
  { name, delegation, role = 'drafter' }: DelegateIdentity,
): Promise<Delegate> {
  const invite = await createInvite(server, treatyId, { delegation, role });
  const delegate = await newDelegateContext(browser);
  await joinThroughLink(delegate.page, invite.url, name);
  return delegate;
}

/** Opens an invite link, joins under `name` and waits for the treaty to be live. */
export async function joinThroughLink(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Display name').fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await waitUntilLive(page);
}

export async function waitUntilLive(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('connection-status').textContent(), { timeout: 15_000 })
    .toBe('Live');
}

/**
 * The language texts of an article that the editor shows: one, or two side by
 * side; the others stay in the DOM with `lang-hidden` (hiddenLanguages.ts).
 */
export const SHOWN_TEXT = '.clause-text:not(.lang-hidden)';

/** The `index`-th article of the editor (0-based). */
export const article = (page: Page, index: number) => page.locator('section.clause').nth(index);

/**
 * The controls drawn beside an article (status marker, tags, concordance
 * badge): a box in the layer next to the editable text, found by the article's id.
 */
export async function controlsOf(section: Locator): Promise<Locator> {
  const id = await section.getAttribute('data-clause-id');
  return section.page().locator(`.clause-overlay-item[data-clause-id="${id}"]`);
}

/** The text of an article as written, without other people's carets. */
export const articleText = (page: Page, index: number) =>
  article(page, index).evaluate((section) => {
    const copy = section.cloneNode(true) as HTMLElement;
    for (const widget of copy.querySelectorAll('.ProseMirror-widget')) widget.remove();
    return copy.textContent ?? '';
  });

export const saveStatus = (page: Page) => page.getByTestId('save-status').textContent();

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: false });
}

/**
 * Names of the level-2 headings as Chromium's accessibility tree has them (CSS
 * generated text included), lower-cased because styling may upper-case them.
 */
export async function articleHeadings(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter(
        (node) =>
          node.role?.value === 'heading' &&
          node.properties?.some((p) => p.name === 'level' && p.value.value === 2),
      )
      .map((node) =>
        String(node.name?.value ?? '')
          .replace(/\s+/g, ' ')
          .trim()
          .toLowerCase(),
      );
  } finally {
    await cdp.detach();
  }
}

/** The treaty panel (parties, domains, languages), opened from the header's Parties button. */
export const treatyPanel = (page: Page) => page.getByRole('complementary', { name: 'Parties' });

export async function openTreatyPanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Parties', exact: true }).click();
  await expect.poll(() => treatyPanel(page).isVisible()).toBe(true);
}
