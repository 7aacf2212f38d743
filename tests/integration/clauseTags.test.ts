import {
  addCommitment,
  setClauseDomain,
  setThreshold,
  TagRoot,
  type Threshold,
  tagKey,
} from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { asOperator, getJSON, readClauses, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { retry } from '../helpers/retry.ts';
import { startServer } from '../helpers/startServer.ts';

const blockade: Threshold = {
  trigger: 'blockade',
  minSeverity: 2,
  verifier: { kind: 'joint-monitoring-mission', name: 'Joint Monitoring Mission' },
  activation: 'automatic',
  consultationHours: 24,
  assistanceHours: 48,
};

async function scenario(url: string, id: string, body: unknown) {
  const response = await fetch(`${url}/api/treaties/${id}/scenario`, {
    method: 'POST',
    headers: asOperator(url, { 'content-type': 'application/json' }),
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe('clause tags through the server', () => {
  it('are seen live by another client and by REST, and survive a restart', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const a = new CollabClient(server.wsUrl, id);
    const b = new CollabClient(server.wsUrl, id);
    await Promise.all([a.synced(), b.synced()]);
    const article10 = a.treaty().clauses[9];
    expect(article10?.heading).toBe('Economic resilience and reconstruction');
    const clauseId = article10?.clauseId ?? '';

    setClauseDomain(a.doc, clauseId, 'maritime', true);
    setThreshold(a.doc, clauseId, blockade);
    addCommitment(a.doc, clauseId, {
      party: 'NL',
      domain: 'maritime',
      capability: 'Mine countermeasures',
      quantity: 2,
      unit: 'vessels',
    });
    await a.allConfirmed();

    await retry(() =>
      expect(b.treaty().clauses[9]).toMatchObject({
        domains: ['maritime', 'economic-reconstruction'],
        threshold: blockade,
        commitments: [
          {
            party: 'NL',
            domain: 'maritime',
            capability: 'Mine countermeasures',
            quantity: 2,
            unit: 'vessels',
          },
        ],
      }),
    );
    const clause = (await readClauses(server.url, id))[9];
    expect(clause).toMatchObject({
      number: 10,
      domains: ['maritime', 'economic-reconstruction'],
      threshold: blockade,
    });
    expect(clause?.commitments).toEqual([
      {
        id: expect.stringMatching(/^m-/),
        party: 'NL',
        domain: 'maritime',
        capability: 'Mine countermeasures',
        quantity: 2,
        unit: 'vessels',
      },
    ]);

    const matrix = await getJSON<{
      domains: string[];
      parties: string[];
      cells: Array<Array<{ count: number; clauses: Array<{ number: number }> }>>;
    }>(`${server.url}/api/treaties/${id}/matrix`);
    const cell =
      matrix.body.cells[matrix.body.domains.indexOf('maritime')]?.[matrix.body.parties.indexOf('NL')];
    expect(cell).toMatchObject({ count: 1, clauses: [{ number: 10 }] });

    const hit = await scenario(server.url, id, {
      trigger: 'blockade',
      severity: 3,
      verifiedBy: 'joint-monitoring-mission',
    });
    expect(hit.status).toBe(200);
    expect(hit.body.activated).toEqual([
      {
        clauseId,
        number: 10,
        heading: 'Economic resilience and reconstruction',
        activation: 'automatic',
        consultationHours: 24,
        assistanceHours: 48,
        parties: [
          {
            party: 'NL',
            name: 'Netherlands',
            capabilities: [
              { domain: 'maritime', capability: 'Mine countermeasures', quantity: 2, unit: 'vessels' },
            ],
          },
        ],
      },
    ]);
    const miss = await scenario(server.url, id, {
      trigger: 'blockade',
      severity: 1,
      verifiedBy: 'joint-monitoring-mission',
    });
    expect(miss.body).toEqual({ activated: [], weak: [] });

    a.destroy();
    b.destroy();
    await server.stop();
    const restarted = await startServer({ dataDir: server.dataDir });
    expect((await readClauses(restarted.url, id))[9]).toMatchObject({
      threshold: blockade,
      domains: ['maritime', 'economic-reconstruction'],
    });
  });

  it('reverts malformed tags a client writes, keeps the valid ones, and never stores the bad values', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const rogue = new CollabClient(server.wsUrl, id);
    const honest = new CollabClient(server.wsUrl, id);
    await Promise.all([rogue.synced(), honest.synced()]);
    const clauseId = rogue.treaty().clauses[1]?.clauseId ?? '';

    // Written straight into the Yjs maps, bypassing the validating helpers, as a broken client would.
    rogue.doc.transact(() => {
      rogue.doc.getMap(TagRoot.clauseDomains).set(tagKey(clauseId, 'space-force'), true);
      rogue.doc.getMap(TagRoot.clauseThresholds).set(tagKey(clauseId, 'trigger'), 'armed-attack');
      rogue.doc.getMap(TagRoot.clauseThresholds).set(tagKey(clauseId, 'assistanceHours'), -24);
      rogue.doc.getMap(TagRoot.clauseThresholds).set(tagKey(clauseId, 'minSeverity'), 'very high');
      rogue.doc.getMap(TagRoot.clauseDomains).set(tagKey(clauseId, 'cyber'), true);
    });
    await rogue.allConfirmed();

    const thresholds = (client: CollabClient) => client.doc.getMap(TagRoot.clauseThresholds);
    for (const client of [rogue, honest]) {
      await retry(() => {
        expect(client.doc.getMap(TagRoot.clauseDomains).has(tagKey(clauseId, 'space-force'))).toBe(false);
        expect(thresholds(client).has(tagKey(clauseId, 'assistanceHours'))).toBe(false);
        expect(thresholds(client).has(tagKey(clauseId, 'minSeverity'))).toBe(false);
        expect(client.treaty().clauses[1]?.domains).toEqual(['cyber', 'political-consultation']);
      });
    }
    // The valid trigger stayed; missing fields read as the weakest threshold.
    expect((await readClauses(server.url, id))[1]?.threshold).toMatchObject({
      trigger: 'armed-attack',
      minSeverity: 1,
      activation: 'discretionary',
      assistanceHours: null,
    });
    expect(rogue.closes).toEqual([]);
    rogue.destroy();
    honest.destroy();

    await server.stop();
    const restarted = await startServer({ dataDir: server.dataDir });
    const reader = new CollabClient(restarted.wsUrl, id);
    await reader.synced();
    expect([...reader.doc.getMap(TagRoot.clauseDomains).keys()]).not.toContain(
      tagKey(clauseId, 'space-force'),
    );
    expect(thresholds(reader).get(tagKey(clauseId, 'assistanceHours'))).toBeUndefined();
    reader.destroy();
  });

  it('answers a malformed scenario request with 400 and a message naming each field', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const bad = await scenario(server.url, id, { trigger: 'invasion', severity: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/trigger: .*severity: must be at least 1.*verifiedBy/);
    expect(
      (await scenario(server.url, 't-nothere', { trigger: 'blockade', severity: 1, verifiedBy: 'other' }))
        .status,
    ).toBe(404);
  });
});
