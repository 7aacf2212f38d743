import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, clientCss } from '../keystroke/plainPage.ts';
import { repoRoot } from '../pactumProcess.ts';

const plainEntry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'plainCollabEditor.ts');
export const PLAIN_PATH = '/plain-tiptap/index.html';

const PLAIN_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Plain Tiptap</title>
<link rel="stylesheet" href="./app.css"></head>
<body><div class="workspace"><div class="workspace-main"><div class="text-view">
<div class="paper" id="paper"></div></div></div></div>
<script type="module" src="./plain.js"></script></body></html>`;

/**
 * A copy of the built client (`clientDir`, by default client/dist) with the plain editor beside
 * it in plain-tiptap/, so that our server serves both the same way (express.static, no
 * compression, the same headers) and both open the treaty from the same origin with the same
 * cookie. Returns the directory, for PACTUM_CLIENT_DIR, and the plain script's size.
 */
export async function servedClient(clientDir = path.join(repoRoot, 'client/dist')) {
  if (!fs.existsSync(path.join(clientDir, 'index.html')))
    throw new Error(`${clientDir} has no index.html: run \`npm run build\` first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-firstload-client-'));
  fs.cpSync(clientDir, dir, { recursive: true });
  const plainDir = path.join(dir, 'plain-tiptap');
  fs.mkdirSync(plainDir);
  const script = await bundle(plainEntry);
  fs.writeFileSync(path.join(plainDir, 'plain.js'), script);
  fs.writeFileSync(path.join(plainDir, 'app.css'), clientCss());
  fs.writeFileSync(path.join(plainDir, 'index.html'), PLAIN_HTML);
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
