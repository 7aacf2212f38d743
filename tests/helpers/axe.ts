import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { artifactsDir } from './browser.ts';

/** WCAG 2.2 level A and AA, as axe-core tags its rules (2.0, 2.1 and the new 2.2 AA rules). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** One screen's result, as kept in tests/artifacts/axe-summary.json. */
export interface AxeScreenSummary {
  screen: string;
  url: string;
  /** Rules axe ran on the screen (passed, violated, incomplete or not applicable). */
  rules: number;
  passes: number;
  violations: number;
  /** Rules axe could not decide alone (e.g. contrast over an image); not failures. */
  incomplete: number;
  violatedRules: string[];
  incompleteRules: string[];
  checkedAt: string;
}

interface AxeNode {
  target: unknown[];
  html?: string;
  failureSummary?: string;
}
interface AxeRuleResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}
interface AxeResults {
  url: string;
  passes: AxeRuleResult[];
  violations: AxeRuleResult[];
  incomplete: AxeRuleResult[];
  inapplicable: AxeRuleResult[];
}

export const axeSummaryFile = path.join(artifactsDir, 'axe-summary.json');

/**
 * Puts axe-core into the page. The app's Content-Security-Policy refuses
 * inline and foreign scripts, so a script tag would be blocked: the source is
 * evaluated through the DevTools protocol, which the policy does not govern.
 */
async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => 'axe' in window);
  if (present) return;
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
}

/** Runs the WCAG 2.2 A/AA rules of axe-core on the whole document. */
export async function runAxe(page: Page): Promise<AxeResults> {
  await injectAxe(page);
  return page.evaluate(
    async (tags) => {
      // biome-ignore lint/suspicious/noExplicitAny: axe-core is injected as a global
      const axe = (window as any).axe;
      const results = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations', 'incomplete'],
      });
      const strip = (rules: AxeRuleResult[]) =>
        rules.map(({ id, impact, help, nodes }) => ({
          id,
          impact,
          help,
          nodes: nodes.map(({ target, html, failureSummary }) => ({ target, html, failureSummary })),
        }));
      return {
        url: results.url,
        passes: strip(results.passes),
        violations: strip(results.violations),
        incomplete: strip(results.incomplete),
        inapplicable: strip(results.inapplicable),
      };
    },
    [...WCAG_TAGS],
  );
}

function record(summary: AxeScreenSummary): void {
  fs.mkdirSync(artifactsDir, { recursive: true });
  let screens: AxeScreenSummary[] = [];
  try {
    screens = JSON.parse(fs.readFileSync(axeSummaryFile, 'utf8')).screens ?? [];
  } catch {
    // First screen of the run (or a broken file): start afresh.
  }
  screens = [...screens.filter((s) => s.screen !== summary.screen), summary];
  const violatedRules = [...new Set(screens.flatMap((s) => s.violatedRules))];
  fs.writeFileSync(
    axeSummaryFile,
    `${JSON.stringify(
      {
        tags: WCAG_TAGS,
        screens,
        totals: {
          screens: screens.length,
          violations: screens.reduce((sum, s) => sum + s.violations, 0),
          rulesRun: Math.max(0, ...screens.map((s) => s.rules)),
          violatedRules,
        },
      },
      null,
      2,
    )}\n`,
  );
}

function describeViolations(violations: AxeRuleResult[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes
        .slice(0, 3)
        .map((n) => n.target.map(String).join(' '))
        .join(' | ');
      const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
      return `- ${v.id} [${v.impact ?? 'n/a'}] ${v.help}: ${targets}${more}`;
    })
    .join('\n');
}

/**
 * Runs axe-core's WCAG 2.2 A/AA rules on the page as it is now, records the
 * figures of `screenName` in tests/artifacts/axe-summary.json, and fails
 * naming each violated rule, its impact, its help and the first elements.
 */
export async function expectNoAxeViolations(page: Page, screenName: string): Promise<AxeScreenSummary> {
  const results = await runAxe(page);
  const summary: AxeScreenSummary = {
    screen: screenName,
    url: results.url,
    rules:
      results.passes.length +
      results.violations.length +
      results.incomplete.length +
      results.inapplicable.length,
    passes: results.passes.length,
    violations: results.violations.length,
    incomplete: results.incomplete.length,
    violatedRules: results.violations.map((v) => v.id),
    incompleteRules: results.incomplete.map((v) => v.id),
    checkedAt: new Date().toISOString(),
  };
  record(summary);
  const name = screenName.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  // What axe could not decide alone (a colour over an image or an overlap), for a person to look at.
  if (results.incomplete.length > 0) {
    fs.writeFileSync(
      path.join(artifactsDir, `axe-review-${name}.json`),
      `${JSON.stringify(results.incomplete, null, 2)}\n`,
    );
  }
  if (results.violations.length > 0) {
    fs.writeFileSync(
      path.join(artifactsDir, `axe-violations-${name}.json`),
      `${JSON.stringify(results.violations, null, 2)}\n`,
    );
  }
  // Soft: one run lists the violations of every screen, and the test still fails.
  expect
    .soft(
      results.violations.length === 0 ? '' : describeViolations(results.violations),
      `axe-core WCAG 2.2 AA violations on "${screenName}"`,
    )
    .toBe('');
  return summary;
}
