import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { repoRoot } from '../pactumProcess.ts';

const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'plainPage/plainEditor.ts');
export const PLAIN_ORIGIN = 'http://plain-tiptap.bench';

/** The plain editor's script (or `entryPoint`'s), bundled for the browser (ProseMirror, Tiptap and the treaty schema). */
export async function bundle(entryPoint = entry): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entryPoint],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The client's built stylesheets, so both editors lay out the same text the same way. */
export function clientCss(): string {
  const assets = path.join(repoRoot, 'client/dist/assets');
  return fs
    .readdirSync(assets)
    .filter((file) => file.endsWith('.css'))
    .map((file) => fs.readFileSync(path.join(assets, file), 'utf8'))
    .join('\n');
}

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Plain Tiptap</title>
<link rel="stylesheet" href="./app.css"></head>
<body><div class="workspace"><div class="workspace-main"><div class="text-view">
<div class="paper" id="paper"></div></div></div></div>
<script type="module" src="./plain.js"></script></body></html>`;

/** Our stylesheet without the rule that skips the rendering of article bodies off screen. */
const WITHOUT_SKIPPING =
  '.treaty-text .clause-body { content-visibility: visible; contain-intrinsic-size: none; }';

/**
 * Opens the plain editor with `doc` (ProseMirror JSON) in a page of `context`,
 * served by Playwright routes, styled with our stylesheet (the same typography
 * and measure, so both lay out the same lines), with or without its
 * `content-visibility` rule.
 */
export async function openPlainEditor(
  context: BrowserContext,
  doc: unknown,
  { skipOffscreen }: { skipOffscreen: boolean },
): Promise<Page> {
  const css = skipOffscreen ? clientCss() : `${clientCss()}\n${WITHOUT_SKIPPING}`;
  const files: Record<string, { type: string; body: string }> = {
    '/': { type: 'text/html', body: HTML },
    '/plain.js': { type: 'text/javascript', body: await bundle() },
    '/app.css': { type: 'text/css', body: css },
    '/doc.json': { type: 'application/json', body: JSON.stringify(doc) },
  };
  await context.route(`${PLAIN_ORIGIN}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname];
    return file
      ? route.fulfill({ status: 200, contentType: file.type, body: file.body })
      : route.fulfill({ status: 404 });
  });
  const page = await context.newPage();
  await page.goto(`${PLAIN_ORIGIN}/`);
  await page.waitForFunction(() => window.plainEditor?.ready === true, null, { timeout: 60_000 });
  return page;
}
