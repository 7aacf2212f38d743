import { describe, expect, it } from 'vitest';
import { call, memberOf, type TestMember } from '../helpers/access.ts';
import { readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { retry } from '../helpers/retry.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

const PARTIES = ['UA', 'FR', 'UK', 'DE', 'PL', 'NL', 'CA'] as const;

interface AuditEntryBody {
  event: string;
  actor: { kind: string; name: string };
  details: Record<string, unknown>;
}

async function auditSince(server: RunningServer, id: string, headers: Record<string, string>, from: number) {
  const { body } = await call(server, 'GET', `/treaties/${id}/audit`, { headers });
  return (body.entries as AuditEntryBody[]).slice(from);
}

async function auditLength(server: RunningServer, id: string, headers: Record<string, string>) {
  return (await auditSince(server, id, headers, 0)).length;
}

const codesOf = (parties: Array<{ code: string }>) => parties.map((party) => party.code);

describe('parties and treaty domains, written by the server for the chair', () => {
  it('adds, renames and removes a party and adds a domain: live, in the REST view and in the audit chain', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const chair = await memberOf(server, id, 'Claire', 'SEC', 'chair');
    const olena = await memberOf(server, id, 'Olena', 'UA');
    const watcher = new CollabClient(server.wsUrl, id, { headers: olena.headers });
    await watcher.synced();
    const start = await auditLength(server, id, chair.headers);
    const parties = `/treaties/${id}/parties`;

    const added = await call(server, 'PUT', `${parties}/SE`, {
      headers: chair.headers,
      body: { name: '  Sweden ' },
    });
    expect(added).toMatchObject({ status: 201, body: { code: 'SE', name: 'Sweden' } });
    await retry(() => expect(watcher.treaty().parties.at(-1)).toEqual({ code: 'SE', name: 'Sweden' }));
    expect(codesOf((await readTreaty(server.url, id)).parties)).toEqual([...PARTIES, 'SE']);

    // A rename keeps the party's place in the list.
    const renamed = await call(server, 'PUT', `${parties}/FR`, {
      headers: chair.headers,
      body: { name: 'French Republic' },
    });
    expect(renamed).toMatchObject({ status: 200, body: { code: 'FR', name: 'French Republic' } });
    await retry(() => expect(watcher.treaty().parties[1]).toEqual({ code: 'FR', name: 'French Republic' }));
    expect(codesOf(watcher.treaty().parties)).toEqual([...PARTIES, 'SE']);
    // The same name again writes nothing and logs nothing.
    const same = await call(server, 'PUT', `${parties}/FR`, {
      headers: chair.headers,
      body: { name: 'French Republic' },
    });
    expect(same.status).toBe(200);

    const removed = await call(server, 'DELETE', `${parties}/SE`, { headers: chair.headers });
    expect(removed).toMatchObject({ status: 200, body: { code: 'SE', name: 'Sweden' } });
    await retry(() => expect(codesOf(watcher.treaty().parties)).toEqual([...PARTIES]));
    expect(codesOf((await readTreaty(server.url, id)).parties)).toEqual([...PARTIES]);
    const again = await call(server, 'DELETE', `${parties}/SE`, { headers: chair.headers });
    expect(again.status).toBe(404);
    expect(again.body.error.message).toBe('SE is not a party of this treaty');

    const space = await call(server, 'POST', `/treaties/${id}/domains`, {
      headers: chair.headers,
      body: { label: 'Space', color: '#336699' },
    });
    expect(space).toMatchObject({ status: 201, body: { key: 'space', label: 'Space', color: '#336699' } });
    const keyed = await call(server, 'POST', `/treaties/${id}/domains`, {
      headers: chair.headers,
      body: { key: 'space-weather', label: 'Solar storms', color: '#aa7700' },
    });
    expect(keyed).toMatchObject({ status: 201, body: { key: 'space-weather' } });
    await retry(() =>
      expect(watcher.doc.getMap('customDomains').toJSON()).toMatchObject({
        space: { label: 'Space', color: '#336699' },
        'space-weather': { label: 'Solar storms' },
      }),
    );
    for (const [body, message] of [
      [
        { key: 'space', label: 'Outer space', color: '#336699' },
        'the treaty already has a domain with the key "space"',
      ],
      [
        { key: 'maritime', label: 'Seas', color: '#336699' },
        'the treaty already has a domain with the key "maritime"',
      ],
      [{ label: 'SPACE', color: '#000000' }, 'the treaty already has a domain called "Space"'],
    ] as const) {
      const refused = await call(server, 'POST', `/treaties/${id}/domains`, { headers: chair.headers, body });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(message);
    }

    const entries = await auditSince(server, id, olena.headers, start);
    expect(entries.map((entry) => [entry.event, entry.details])).toEqual([
      ['party.added', { code: 'SE', name: 'Sweden' }],
      ['party.renamed', { code: 'FR', from: 'France', to: 'French Republic' }],
      ['party.removed', { code: 'SE', name: 'Sweden' }],
      ['domain.added', { key: 'space', label: 'Space', color: '#336699' }],
      ['domain.added', { key: 'space-weather', label: 'Solar storms', color: '#aa7700' }],
    ]);
    expect(entries.every((entry) => entry.actor.name === 'Claire')).toBe(true);
    const verified = await call(server, 'GET', `/treaties/${id}/audit/verify`, { headers: olena.headers });
    expect(verified.body).toMatchObject({ ok: true, entries: start + entries.length });
    watcher.destroy();
  });

  it('lets only the chair call the routes, and names the field of a bad body', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const chair = await memberOf(server, id, 'Claire', 'SEC', 'chair');
    const drafter = await memberOf(server, id, 'Olena', 'UA', 'drafter');
    const observer = await memberOf(server, id, 'Oscar', 'OBS', 'observer');
    const routes: Array<[string, string, unknown?]> = [
      ['PUT', `/treaties/${id}/parties/UA`, { name: 'Україна' }],
      ['PUT', `/treaties/${id}/parties/SE`, { name: 'Sweden' }],
      ['DELETE', `/treaties/${id}/parties/FR`],
      ['POST', `/treaties/${id}/domains`, { label: 'Space', color: '#336699' }],
    ];
    for (const [method, path, body] of routes) {
      expect((await call(server, method, path, { body })).status, `${method} ${path}`).toBe(401);
      for (const member of [drafter, observer]) {
        const refused = await call(server, method, path, { headers: member.headers, body });
        expect(refused.status, `${method} ${path}`).toBe(403);
      }
    }
    const treaty = await readTreaty(server.url, id);
    expect(treaty.parties.find((party) => party.code === 'UA')?.name).toBe('Ukraine');
    expect(codesOf(treaty.parties)).toEqual([...PARTIES]);

    const bad: Array<[string, string, unknown, RegExp]> = [
      ['PUT', 'parties/SE', { name: '   ' }, /^name: must not be empty$/],
      ['PUT', 'parties/SE', {}, /^name: /],
      ['PUT', 'parties/SE', undefined, /^name: /],
      ['PUT', 'parties/SE', { name: 'x'.repeat(121) }, /^name: must be at most 120 characters$/],
      ['PUT', 'parties/SE', { name: 'Sweden', addedAt: 1 }, /addedAt/],
      ['PUT', 'parties/se', { name: 'Sweden' }, /^code: must be 2-6 capital letters or digits/],
      ['DELETE', 'parties/S', undefined, /^code: must be 2-6 capital letters or digits/],
      ['POST', 'domains', { label: 'Space', color: 'blue' }, /^color: must be a hex colour/],
      ['POST', 'domains', { color: '#336699' }, /^label: /],
      [
        'POST',
        'domains',
        { key: 'Space!', label: 'Space', color: '#336699' },
        /^key: must be 2-48 lowercase/,
      ],
    ];
    for (const [method, path, body, message] of bad) {
      const refused = await call(server, method, `/treaties/${id}/${path}`, { headers: chair.headers, body });
      expect(refused.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expect(refused.body.error).toMatchObject({
        code: 'bad_request',
        message: expect.stringMatching(message),
      });
    }
    expect(codesOf((await readTreaty(server.url, id)).parties)).toEqual([...PARTIES]);
  });

  it('moves article statuses when the parties change, and audits each move', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const chair = await memberOf(server, id, 'Claire', 'SEC', 'chair');
    const drafters: Record<string, TestMember> = {};
    for (const code of PARTIES) drafters[code] = await memberOf(server, id, `Drafter ${code}`, code);
    const clauses = (await readTreaty(server.url, id)).clauses;
    const target = clauses[2]?.clauseId as string;
    // Every party but Canada signs Article 3.
    for (const code of PARTIES.filter((code) => code !== 'CA')) {
      const signed = await call(server, 'POST', `/treaties/${id}/clauses/${target}/signoff`, {
        headers: (drafters[code] as TestMember).headers,
      });
      expect(signed.status).toBe(200);
    }
    const statusOf = async () =>
      (await call(server, 'GET', `/treaties/${id}/agreement`, { headers: chair.headers })).body.clauses.map(
        (clause: { status: string }) => clause.status,
      );
    expect(await statusOf()).toEqual(clauses.map(() => 'draft'));
    const watcher = new CollabClient(server.wsUrl, id, { headers: (drafters.UA as TestMember).headers });
    await watcher.synced();

    const start = await auditLength(server, id, chair.headers);
    expect(
      (await call(server, 'DELETE', `/treaties/${id}/parties/CA`, { headers: chair.headers })).status,
    ).toBe(200);
    expect(await statusOf()).toEqual(clauses.map((_, index) => (index === 2 ? 'agreed' : 'draft')));
    await retry(() => expect(codesOf(watcher.treaty().parties)).not.toContain('CA'));
    const contentHash = (await call(server, 'GET', `/treaties/${id}/agreement`, { headers: chair.headers }))
      .body.clauses[2].contentHash;
    const removal = await auditSince(server, id, chair.headers, start);
    expect(removal.map((entry) => [entry.event, entry.details])).toEqual([
      ['party.removed', { code: 'CA', name: 'Canada' }],
      [
        'status.changed',
        { clauseId: target, article: 3, contentHash, from: 'draft', to: 'agreed', cause: 'parties' },
      ],
    ]);
    // Canada's drafter, no longer of a party, cannot sign off.
    const refused = await call(server, 'POST', `/treaties/${id}/clauses/${clauses[0]?.clauseId}/signoff`, {
      headers: (drafters.CA as TestMember).headers,
    });
    expect(refused.status).toBe(403);

    expect(
      (
        await call(server, 'PUT', `/treaties/${id}/parties/CA`, {
          headers: chair.headers,
          body: { name: 'Canada' },
        })
      ).status,
    ).toBe(201);
    expect(await statusOf()).toEqual(clauses.map(() => 'draft'));
    const readded = await auditSince(server, id, chair.headers, start + removal.length);
    expect(readded.map((entry) => [entry.event, entry.details])).toEqual([
      ['party.added', { code: 'CA', name: 'Canada' }],
      [
        'status.changed',
        { clauseId: target, article: 3, contentHash, from: 'agreed', to: 'draft', cause: 'parties' },
      ],
    ]);
    expect(
      (await call(server, 'GET', `/treaties/${id}/audit/verify`, { headers: chair.headers })).body.ok,
    ).toBe(true);
    watcher.destroy();
  });
});
