import path from 'node:path';
import { launchChromium } from '../keystroke/benchPages.ts';
import { benchTreaty, importTreaty, inviteDrafters, joinAs } from '../keystroke/seedTreaty.ts';
import { startPactum } from '../keystroke/startPactum.ts';
import { repoRoot } from '../pactumProcess.ts';
import { report } from './firstloadReport.ts';
import { coldLoad, type LoadSample } from './loadPage.ts';
import { PLAIN_PATH, servedClient } from './servedClient.ts';

const FULL = { clauses: 500, wordsPerClause: 300, rounds: 9 };
const TINY = { clauses: 20, wordsPerClause: 60, rounds: 2 };

/**
 * Time from navigation to an editable, synced treaty in Chromium, for our editor and for plain
 * Tiptap bound to the same document on the same server, each load cold; and the JavaScript our
 * editor fetched before it was editable. `--client-dir=<dir>` measures another build (e.g. an
 * older one) against the same anchor.
 */
export async function firstloadBench(tiny: boolean): Promise<void> {
  const started = performance.now();
  const scale = tiny ? TINY : FULL;
  const clientArg = process.argv
    .find((arg) => arg.startsWith('--client-dir='))
    ?.slice('--client-dir='.length);
  const clientDir = path.resolve(clientArg ?? path.join(repoRoot, 'client/dist'));
  const served = await servedClient(clientDir);
  const server = await startPactum({ PACTUM_CLIENT_DIR: served.dir });
  const browser = await launchChromium();
  try {
    const treaty = benchTreaty(scale.clauses, scale.wordsPerClause);
    const treatyId = await importTreaty(server, treaty.json);
    const invite = await inviteDrafters(server, treatyId, 'UA');
    const session = await joinAs(server, invite.token, 'First Load');
    const cookie = {
      name: session.slice(0, session.indexOf('=')),
      value: session.slice(session.indexOf('=') + 1),
    };
    const urls = {
      ours: `${server.url}/t/${treatyId}`,
      plain: `${server.url}${PLAIN_PATH}?treaty=${encodeURIComponent(treatyId)}`,
    };
    const load = (key: keyof typeof urls) => coldLoad(browser, urls[key], cookie, scale.clauses);
    // Not counted: the server loads the treaty on the first connection, and Chromium warms up.
    await load('ours');
    await load('plain');
    const samples: Record<keyof typeof urls, LoadSample[]> = { ours: [], plain: [] };
    for (let round = 0; round < scale.rounds; round++) {
      // Each round in the other order, so neither editor always follows the other.
      const order: (keyof typeof urls)[] = round % 2 === 0 ? ['ours', 'plain'] : ['plain', 'ours'];
      for (const key of order) samples[key].push(await load(key));
    }
    report({
      tiny,
      clauses: scale.clauses,
      words: treaty.words,
      clientDir,
      servedDir: served.dir,
      ours: samples.ours,
      plain: samples.plain,
      wallMs: performance.now() - started,
    });
  } finally {
    await browser.close();
    await server.stop();
    served.remove();
  }
}
