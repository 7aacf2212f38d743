import type { ClauseJSON } from '@pactum/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getJSON, sampleTreatyId } from '../helpers/api.ts';
import { controlsOf, launchBrowser, openAsDelegate, screenshot } from '../helpers/browser.ts';
import { startServer } from '../helpers/startServer.ts';

/** Article 10 of the sample: tagged "economic and reconstruction", no threshold, no commitments. */
const HEADING = 'Economic resilience and reconstruction';

const clause = (page: Page, heading = HEADING) =>
  page.locator('section.clause').filter({ has: page.locator('h2', { hasText: heading }) });
/** The tags and Tags button drawn beside the article (outside the editable text). */
const tagsOf = async (page: Page, heading = HEADING) => controlsOf(clause(page, heading));
const panel = (page: Page, heading = HEADING) => page.getByRole('complementary', { name: heading });
const activated = (page: Page) => page.getByTestId('scenario-activated');

async function chooseScenario(page: Page, trigger: string, severity: string, verifiedBy: string) {
  const form = page.getByRole('form', { name: 'Event to check' });
  await form.getByLabel('Event').selectOption(trigger);
  await form.getByLabel('Severity').selectOption(severity);
  await form.getByLabel('Verified by').selectOption(verifiedBy);
}

describe('clause tags in Chromium, seen live by another delegation', () => {
  it('tags, a threshold and a commitment reach the other delegation’s margin, filter, scenario and matrix', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const browser = await launchBrowser();
    const netherlands = await openAsDelegate(browser, server, treatyId, {
      name: 'Pieter de Vries',
      delegation: 'NL',
    });
    const ukraine = await openAsDelegate(browser, server, treatyId, {
      name: 'Olena Kovalenko',
      delegation: 'UA',
    });
    const a = netherlands.page;
    const b = ukraine.page;

    // The sample's tags are drawn in the margin: Article 3 has an automatic 72 h trigger.
    await expect
      .poll(async () => (await tagsOf(b, 'Military assistance')).getByTestId('trigger-badge').textContent())
      .toBe('⚡ armed attack · auto · 72 h');
    // A tag line holds its chips only near the viewport, where a reader looks at it.
    await clause(b).scrollIntoViewIfNeeded();
    await expect
      .poll(async () => (await tagsOf(b)).getByTestId('clause-tags').textContent())
      .toContain('Economic and reconstruction');
    expect(await (await tagsOf(b)).getByTestId('trigger-badge').count()).toBe(0);
    // The line has room of its own: the article's text starts below the chips, not under them.
    // Measured in one go: the page may still be scrolling or drawing lines for the articles near it.
    const textBelowChips = () =>
      clause(b).evaluate((section) => {
        const controls = `.clause-overlay-item[data-clause-id="${(section as HTMLElement).dataset.clauseId}"]`;
        const tagLine = document.querySelector(`${controls} .clause-tags-line`)?.getBoundingClientRect();
        const firstLine = section.querySelector('.clause-body p')?.getBoundingClientRect();
        const heading = section.querySelector('.clause-heading')?.getBoundingClientRect();
        return (
          tagLine !== undefined &&
          firstLine !== undefined &&
          heading !== undefined &&
          // Between the heading and the text, over the article: where it was when drawn in the text.
          tagLine.top >= heading.bottom &&
          firstLine.top >= tagLine.bottom &&
          tagLine.left >= heading.left - 1
        );
      });
    await expect.poll(textBelowChips).toBe(true);
    // Drawn beside the editable text, not in it: Chromium's work on a keystroke never includes them.
    expect(
      await b.locator('[contenteditable] :is(.clause-tags, .clause-tags-button, .agreement-marker)').count(),
    ).toBe(0);

    // A opens Article 10's panel from its margin and tags it Maritime; B sees the chip within 2 s.
    await clause(a).scrollIntoViewIfNeeded();
    await (await tagsOf(a)).getByRole('button', { name: 'Edit the tags of this article' }).click();
    const tags = panel(a);
    await expect.poll(() => tags.isVisible()).toBe(true);
    await tags.getByRole('button', { name: 'Maritime' }).click();
    const taggedAt = Date.now();
    await expect
      .poll(async () => (await tagsOf(b)).getByTestId('clause-tags').textContent(), {
        timeout: 2_000,
        interval: 25,
      })
      .toContain('Maritime');
    console.log(`clause tags: Ukraine saw the Maritime chip ${Date.now() - taggedAt} ms after the click`);

    // A makes it a trigger clause; a negative deadline is refused next to the field.
    await tags.getByLabel('This clause is a trigger clause').check();
    await tags.getByLabel('Trigger event').selectOption('blockade');
    await tags.getByLabel('Minimum severity').selectOption('2');
    await tags.getByLabel('Verified by').selectOption('joint-monitoring-mission');
    await tags.getByLabel('Activation').selectOption('automatic');
    const consultation = tags.getByLabel('Consultation deadline');
    await consultation.fill('-5');
    await consultation.press('Enter');
    await expect.poll(() => tags.getByRole('alert').textContent()).toBe('must not be negative');
    await consultation.fill('24');
    await consultation.press('Tab');
    const assistance = tags.getByLabel('Assistance deadline');
    await assistance.fill('48');
    await assistance.press('Enter');
    await expect
      .poll(async () => (await tagsOf(b)).getByTestId('trigger-badge').textContent(), {
        timeout: 2_000,
        interval: 25,
      })
      .toBe('⚡ blockade · auto · 48 h');
    expect(await tags.getByRole('alert').count()).toBe(0);

    // A types the verifier's name while B changes the same threshold: A's field keeps every keystroke.
    const verifierName = tags.getByLabel('Name of the verifier');
    await verifierName.fill('');
    await verifierName.pressSequentially('Joint Monitoring');
    await (await tagsOf(b)).getByRole('button', { name: 'Edit the tags of this article' }).click();
    await panel(b).getByLabel('Activation').selectOption('automatic-after-consultation');
    await expect.poll(() => tags.getByLabel('Activation').inputValue()).toBe('automatic-after-consultation');
    await verifierName.pressSequentially(' Mission');
    expect(await verifierName.inputValue()).toBe('Joint Monitoring Mission');
    await verifierName.press('Tab');
    await expect
      .poll(() => panel(b).getByLabel('Name of the verifier').inputValue())
      .toBe('Joint Monitoring Mission');
    await tags.getByLabel('Activation').selectOption('automatic');
    await panel(b).getByRole('button', { name: 'Close the panel' }).click();

    // A adds the Netherlands' commitment.
    await tags.getByLabel('Party of the new commitment').selectOption('NL');
    await tags.getByLabel('Domain of the new commitment').selectOption('maritime');
    await tags.getByLabel('Capability of the new commitment').fill('Mine-countermeasure vessels');
    await tags.getByLabel('Quantity of the new commitment').fill('2');
    await tags.getByLabel('Unit of the new commitment').fill('vessels');
    await tags.getByRole('button', { name: 'Add commitment' }).click();
    await expect
      .poll(() => tags.getByRole('list', { name: 'Commitments under this article' }).count())
      .toBe(1);
    await screenshot(a, 'tags-panel');

    // B filters by Maritime: only Article 10 is highlighted, the others are dimmed.
    await b.getByText('Any domain').click();
    await b.getByRole('checkbox', { name: 'Maritime' }).check();
    await expect.poll(() => b.getByTestId('filter-count').textContent()).toBe('1 of 12 articles');
    await expect.poll(() => clause(b).getAttribute('class')).toContain('is-match');
    expect(await clause(b, 'Logistics').getAttribute('class')).toContain('is-filtered-out');
    await b.keyboard.press('Escape');
    await b.getByLabel('Search the text').fill('INVESTMENT CONFIDENCE');
    await expect.poll(() => b.getByTestId('filter-count').textContent()).toBe('1 of 12 articles');
    await b.getByLabel('Search the text').fill('airlift');
    await expect.poll(() => b.getByTestId('filter-count').textContent()).toBe('0 of 12 articles');
    await b.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => b.getByTestId('filter-count').textContent()).toBe('12 articles');
    expect(await b.locator('section.clause.is-filtered-out').count()).toBe(0);

    // B's scenario check: a verified blockade of severity 3 activates Article 10, with the Netherlands' vessels.
    await b.getByRole('tab', { name: 'Scenario', exact: true }).click();
    await expect.poll(() => b.url()).toMatch(/\/scenario$/);
    await chooseScenario(b, 'blockade', '3', 'joint-monitoring-mission');
    const row = activated(b).filter({ hasText: HEADING });
    await expect.poll(() => row.count()).toBe(1);
    const text = await row.textContent();
    expect(text).toContain('Automatic');
    expect(text).toContain('within 24 h');
    expect(text).toContain('within 48 h');
    expect(text).toContain('Netherlands');
    expect(text).toContain('Mine-countermeasure vessels — 2 vessels');
    await screenshot(b, 'scenario');
    // Below the threshold's severity, verified by someone else, or another event: it does not activate.
    await chooseScenario(b, 'blockade', '1', 'joint-monitoring-mission');
    await expect.poll(() => row.count()).toBe(0);
    await chooseScenario(b, 'blockade', '3', 'early-warning-centre');
    await expect.poll(() => row.count()).toBe(0);
    await chooseScenario(b, 'armed-attack', '3', 'joint-monitoring-mission');
    await expect.poll(() => row.count()).toBe(0);
    await expect
      .poll(() => activated(b).allTextContents())
      .toEqual([
        expect.stringContaining('Military assistance'),
        expect.stringContaining('Activation on armed attack'),
        expect.stringContaining('Logistics'),
      ]);
    expect(await b.getByTestId('scenario-weak').allTextContents()).toEqual([
      expect.stringMatching(/Article 8.*Logistics.*no deadline for assistance/),
    ]);

    // B's matrix: NL × Maritime holds one commitment, in Article 10; the number leads to the text.
    await b.getByRole('tab', { name: 'Matrix', exact: true }).click();
    const cell = b.getByTestId('matrix').locator('td[data-domain="maritime"][data-party="NL"]');
    await expect.poll(() => cell.textContent()).toBe('1Art. 10');
    await screenshot(b, 'matrix');
    await cell.getByRole('button', { name: 'Art. 10' }).click();
    await expect.poll(() => b.url()).toBe(`${server.url}/t/${treatyId}`);
    await expect
      .poll(() =>
        b.evaluate(
          () => window.getSelection()?.anchorNode?.parentElement?.closest('section.clause')?.textContent,
        ),
      )
      .toContain(HEADING);
    expect(await b.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Treaty text');
    const top = await clause(b).evaluate((section) => section.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(400);

    // The keyboard reaches the panel too: Ctrl+Alt+G opens the tags of the article at the cursor, Escape closes them.
    await b.keyboard.press('Control+Alt+KeyG');
    await expect.poll(() => panel(b).isVisible()).toBe(true);
    await b.keyboard.press('Escape');
    await expect.poll(() => panel(b).count()).toBe(0);
    // Focus goes back to the text once the panel has unmounted (a frame later on a busy machine).
    await expect
      .poll(() => b.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Treaty text');

    // The REST API has A's tags.
    const stored = async () => {
      const { body } = await getJSON<{ clauses: ClauseJSON[] }>(
        `${server.url}/api/treaties/${treatyId}/clauses`,
      );
      return body.clauses.find((c) => c.heading === HEADING);
    };
    await expect.poll(async () => (await stored())?.commitments.length).toBe(1);
    expect(await stored()).toMatchObject({
      number: 10,
      domains: ['maritime', 'economic-reconstruction'],
      threshold: {
        trigger: 'blockade',
        minSeverity: 2,
        verifier: { kind: 'joint-monitoring-mission', name: 'Joint Monitoring Mission' },
        activation: 'automatic',
        consultationHours: 24,
        assistanceHours: 48,
      },
      commitments: [
        {
          party: 'NL',
          domain: 'maritime',
          capability: 'Mine-countermeasure vessels',
          quantity: 2,
          unit: 'vessels',
        },
      ],
    });

    expect(netherlands.errors).toEqual([]);
    expect(ukraine.errors).toEqual([]);
  });
});
