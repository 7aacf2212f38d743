import { describe, expect, it } from 'vitest';
import { call, memberOf, operatorHeaders, type TestMember } from '../helpers/access.ts';
import { readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { pactumCli } from '../helpers/cli.ts';
import { retry } from '../helpers/retry.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';
import { openStoreSql } from '../helpers/storeSql.ts';

const asOperator = (server: RunningServer) => ({ headers: operatorHeaders(server) });

const PARTIES = ['UA', 'FR', 'UK', 'DE', 'PL', 'NL', 'CA'] as const;

/** One drafter per party delegation of the sample treaty, and a chair. */
async function delegations(server: RunningServer, id: string) {
  const drafters: Record<string, TestMember> = {};
  for (const code of PARTIES) drafters[code] = await memberOf(server, id, `Drafter ${code}`, code);
  const chair = await memberOf(server, id, 'Claire', 'SEC', 'chair');
  return { drafters: drafters as Record<(typeof PARTIES)[number], TestMember>, chair };
}

describe('the agreement workflow', () => {
  it('agrees a clause when every party signs, and any later edit turns the sign-offs stale for everyone', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const { drafters } = await delegations(server, id);
    const clauseId = (await readTreaty(server.url, id)).clauses[2]?.clauseId as string;
    const clause = `/treaties/${id}/clauses/${clauseId}`;
    const watcher = new CollabClient(server.wsUrl, id, { headers: drafters.FR.headers });
    await watcher.synced();

    for (const code of PARTIES) {
      const signed = await call(server, 'POST', `${clause}/signoff`, {
        headers: drafters[code].headers,
        body: { adReferendum: code === 'PL' },
      });
      expect(signed.status).toBe(200);
    }
    const agreed = await call(server, 'GET', `/treaties/${id}/agreement`, { headers: drafters.UA.headers });
    const before = agreed.body.clauses[2];
    expect(before).toMatchObject({ status: 'agreed ad referendum', missing: [], staleBy: [] });
    expect(before.signoffs.map((s: { delegation: string }) => s.delegation).sort()).toEqual(
      [...PARTIES].sort(),
    );
    expect(before.signoffs[0].by).toMatchObject({ name: expect.stringMatching(/^Drafter /) });
    // Withdrawing ad referendum: PL signs again plainly.
    await call(server, 'POST', `${clause}/signoff`, { headers: drafters.PL.headers, body: {} });
    expect(
      (await call(server, 'GET', `/treaties/${id}/agreement`, asOperator(server))).body.clauses[2].status,
    ).toBe('agreed');

    // Every client holds the sign-offs live (they are in the shared document).
    await retry(() => expect(watcher.doc.getMap('signoffs').size).toBe(PARTIES.length));

    // A one-character edit voids them all.
    watcher.bodyText(2).insert(0, 'X');
    await watcher.allConfirmed();
    const after = (await call(server, 'GET', `/treaties/${id}/agreement`, asOperator(server))).body;
    expect(after.clauses[2]).toMatchObject({ status: 'draft', signedBy: [] });
    expect(after.clauses[2].staleBy.sort()).toEqual([...PARTIES].sort());
    expect(after.clauses[2].contentHash).not.toBe(before.contentHash);
    const ua = after.delegations.find((d: { code: string }) => d.code === 'UA');
    expect(ua.stale).toEqual([clauseId]);
    expect(ua.toSign).toContain(clauseId);
    watcher.destroy();
  });

  it('brackets a clause, refuses a sign-off under one’s own bracket, and lifts it', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const { drafters } = await delegations(server, id);
    const clauseId = (await readTreaty(server.url, id)).clauses[0]?.clauseId as string;
    const clause = `/treaties/${id}/clauses/${clauseId}`;
    const bracketed = await call(server, 'POST', `${clause}/brackets`, {
      headers: drafters.FR.headers,
      body: { reason: 'Paris must confirm the deadline' },
    });
    expect(bracketed.body).toMatchObject({
      status: 'bracketed',
      brackets: [{ delegation: 'FR', reason: 'Paris must confirm the deadline', by: { name: 'Drafter FR' } }],
    });
    const refused = await call(server, 'POST', `${clause}/signoff`, {
      headers: drafters.FR.headers,
      body: {},
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/lift the bracket/);
    expect(refused.body.error).toMatchObject({ code: 'still_bracketed', params: { delegation: 'FR' } });
    // Another delegation may sign; the clause stays bracketed while FR holds its bracket.
    expect(
      (await call(server, 'POST', `${clause}/signoff`, { headers: drafters.UA.headers })).body.status,
    ).toBe('bracketed');
    const noBracket = await call(server, 'DELETE', `${clause}/brackets`, { headers: drafters.UK.headers });
    expect(noBracket.status).toBe(404);
    expect(noBracket.body.error).toMatchObject({ code: 'no_bracket_held', params: { delegation: 'UK' } });
    const lifted = await call(server, 'DELETE', `${clause}/brackets`, { headers: drafters.FR.headers });
    expect(lifted.body).toMatchObject({ status: 'draft', brackets: [], signedBy: ['UA'] });
    expect(
      (
        await call(server, 'POST', `/treaties/${id}/clauses/c-nosuchclause/brackets`, {
          headers: drafters.FR.headers,
        })
      ).status,
    ).toBe(404);
  });

  it('adopts an option as the clause text for everyone, sets the others aside and keeps the old text in history', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const { drafters, chair } = await delegations(server, id);
    const original = (await readTreaty(server.url, id)).clauses[3];
    const clause = `/treaties/${id}/clauses/${original?.clauseId}`;
    const reader = new CollabClient(server.wsUrl, id, { headers: drafters.CA.headers });
    await reader.synced();

    const a = await call(server, 'POST', `${clause}/options`, {
      headers: drafters.UA.headers,
      body: { paragraphs: ['Assistance shall be provided within 24 hours.'] },
    });
    const b = await call(server, 'POST', `${clause}/options`, {
      headers: drafters.FR.headers,
      body: {
        paragraphs: ['Assistance shall be provided within 72 hours.', 'Щонайменше протягом 72 годин.'],
      },
    });
    expect([a.body.label, b.body.label]).toEqual(['A', 'B']);
    expect(b.body.supporters).toEqual(['FR']);
    const supported = await call(server, 'POST', `/treaties/${id}/options/${b.body.id}/support`, {
      headers: drafters.DE.headers,
    });
    expect(supported.body.supporters).toEqual(['FR', 'DE']);
    expect(
      (
        await call(server, 'POST', `/treaties/${id}/options/${b.body.id}/adopt`, {
          headers: drafters.FR.headers,
        })
      ).status,
    ).toBe(403);

    const adopted = await call(server, 'POST', `/treaties/${id}/options/${b.body.id}/adopt`, {
      headers: chair.headers,
    });
    expect(adopted.status).toBe(200);
    const text = 'Assistance shall be provided within 72 hours.\nЩонайменше протягом 72 годин.';
    expect((await readTreaty(server.url, id)).clauses[3]?.text).toBe(text);
    await retry(() => expect(reader.treaty().clauses[3]?.text).toBe(text));
    const options = adopted.body.options;
    expect(options.find((o: { label: string }) => o.label === 'B').adopted.by.name).toBe('Claire');
    expect(options.find((o: { label: string }) => o.label === 'A').setAside).toBeDefined();
    const setAside = await call(server, 'POST', `/treaties/${id}/options/${a.body.id}/adopt`, {
      headers: chair.headers,
    });
    expect(setAside.status).toBe(409);
    expect(setAside.body.error).toMatchObject({ code: 'option_set_aside', params: { option: 'A' } });
    const adoptedAgain = await call(server, 'POST', `/treaties/${id}/options/${b.body.id}/adopt`, {
      headers: chair.headers,
    });
    expect(adoptedAgain.body.error).toMatchObject({
      code: 'option_already_adopted',
      params: { option: 'B' },
    });

    const history = await call(server, 'GET', `${clause}/history`, { headers: chair.headers });
    const texts = history.body.states.map((s: { text: string }) => s.text);
    expect(texts).toContain(original?.text);
    reader.destroy();
  });

  it('keeps threaded comments and formal reservations per clause', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const { drafters, chair } = await delegations(server, id);
    const clauseId = (await readTreaty(server.url, id)).clauses[1]?.clauseId as string;
    const clause = `/treaties/${id}/clauses/${clauseId}`;
    const question = await call(server, 'POST', `${clause}/comments`, {
      headers: drafters.UK.headers,
      body: { text: 'Does "territory" include territorial waters?' },
    });
    const answer = await call(server, 'POST', `${clause}/comments`, {
      headers: drafters.UA.headers,
      body: { text: 'Yes, see Article 1.', parentId: question.body.id },
    });
    expect(answer.body.parentId).toBe(question.body.id);
    expect(
      (
        await call(server, 'POST', `/treaties/${id}/comments/${question.body.id}/resolve`, {
          headers: drafters.FR.headers,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(server, 'POST', `/treaties/${id}/comments/${question.body.id}/resolve`, {
          headers: chair.headers,
        })
      ).body.resolved.by.name,
    ).toBe('Claire');

    const reservation = await call(server, 'POST', `${clause}/reservations`, {
      headers: drafters.NL.headers,
      body: { text: 'The Netherlands reserves its position on maritime deployments.' },
    });
    expect(reservation.body).toMatchObject({ delegation: 'NL', by: { name: 'Drafter NL' } });
    const overview = (await call(server, 'GET', `/treaties/${id}/agreement`, asOperator(server))).body;
    expect(overview.clauses[1]).toMatchObject({ openComments: 0, reservations: [{ delegation: 'NL' }] });
    expect(overview.clauses[1].comments).toHaveLength(2);
    const notOurs = await call(server, 'DELETE', `/treaties/${id}/reservations/${reservation.body.id}`, {
      headers: drafters.UA.headers,
    });
    expect(notOurs.status).toBe(403);
    expect(notOurs.body.error).toMatchObject({ code: 'reservation_not_yours', params: { delegation: 'NL' } });
    await call(server, 'DELETE', `/treaties/${id}/reservations/${reservation.body.id}`, {
      headers: drafters.NL.headers,
    });
    expect(
      (await call(server, 'GET', `/treaties/${id}/agreement`, asOperator(server))).body.clauses[1]
        .reservations,
    ).toEqual([]);
  });

  it('audits comments as they are added and resolved; a comment is resolved once, even on a deleted article', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const { drafters, chair } = await delegations(server, id);
    const clauses = (await readTreaty(server.url, id)).clauses;
    const [second, fifth] = [clauses[1]?.clauseId as string, clauses[4]?.clauseId as string];
    const audit = async () =>
      (await call(server, 'GET', `/treaties/${id}/audit`, asOperator(server))).body.entries as Array<{
        event: string;
        actor: { name: string };
        details: Record<string, unknown>;
      }>;
    const start = (await audit()).length;
    const comment = (clauseId: string, who: TestMember, body: object) =>
      call(server, 'POST', `/treaties/${id}/clauses/${clauseId}/comments`, { headers: who.headers, body });
    const resolve = (commentId: string, who: TestMember) =>
      call(server, 'POST', `/treaties/${id}/comments/${commentId}/resolve`, { headers: who.headers });

    const question = await comment(second, drafters.UK, { text: 'Does "territory" include waters?' });
    const answer = await comment(second, drafters.UA, { text: 'Yes.', parentId: question.body.id });
    expect([question.status, answer.status]).toEqual([201, 201]);
    const resolved = await resolve(question.body.id, chair);
    expect(resolved.status).toBe(200);
    const at = resolved.body.resolved.at as string;

    // UK wrote it and may resolve it, but it is resolved already: the first resolver stays.
    const again = await resolve(question.body.id, drafters.UK);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      `this comment was already resolved by Claire (SEC) on ${at.slice(0, 10)} at ${at.slice(11, 16)} UTC`,
    );
    expect(again.body.error).toMatchObject({
      code: 'comment_already_resolved',
      params: { by: 'Claire (SEC)', at },
    });
    const stored = (await call(server, 'GET', `/treaties/${id}/agreement`, asOperator(server))).body
      .clauses[1].comments[0];
    expect(stored.resolved).toEqual(resolved.body.resolved);

    // A comment outlives its article: it can still be resolved once the article is deleted.
    const orphan = await comment(fifth, drafters.FR, { text: 'Delete this article?' });
    const editor = new CollabClient(server.wsUrl, id, { headers: drafters.FR.headers });
    await editor.synced();
    editor.fragment.delete(2 + 4, 1);
    await editor.allConfirmed();
    editor.destroy();
    expect((await readTreaty(server.url, id)).clauses.map((c) => c.clauseId)).not.toContain(fifth);
    expect((await resolve(orphan.body.id, drafters.FR)).status).toBe(200);

    const entries = (await audit()).slice(start).filter((entry) => entry.event.startsWith('comment.'));
    expect(entries.map((entry) => [entry.event, entry.actor.name, entry.details])).toEqual([
      ['comment.added', 'Drafter UK', { commentId: question.body.id, clauseId: second, article: 2 }],
      [
        'comment.added',
        'Drafter UA',
        { commentId: answer.body.id, clauseId: second, article: 2, parentId: question.body.id },
      ],
      ['comment.resolved', 'Claire', { commentId: question.body.id, clauseId: second }],
      ['comment.added', 'Drafter FR', { commentId: orphan.body.id, clauseId: fifth, article: 5 }],
      ['comment.resolved', 'Drafter FR', { commentId: orphan.body.id, clauseId: fifth }],
    ]);
    expect((await call(server, 'GET', `/treaties/${id}/audit/verify`, asOperator(server))).body.ok).toBe(
      true,
    );
  });

  it('chains every significant event in the audit log, and the verifier finds a tampered entry', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const { drafters, chair } = await delegations(server, id);
    const clauseId = (await readTreaty(server.url, id)).clauses[0]?.clauseId as string;
    await call(server, 'POST', `/treaties/${id}/clauses/${clauseId}/brackets`, {
      headers: drafters.UA.headers,
    });
    await call(server, 'POST', `/treaties/${id}/versions`, {
      headers: chair.headers,
      body: { name: 'Paris draft 3' },
    });
    const { body } = await call(server, 'GET', `/treaties/${id}/audit`, { headers: drafters.UK.headers });
    const events = body.entries.map((e: { event: string }) => e.event);
    // The sample with its seeded concordance (one confirmation per article), then its first chair link.
    expect(events.slice(0, 15)).toEqual([
      'treaty.created',
      ...Array(12).fill('concordance.confirmed'),
      'invite.created',
      'invite.created',
    ]);
    expect(events).toContain('member.joined');
    expect(events.slice(-3)).toEqual(['bracket.placed', 'status.changed', 'version.named']);
    const statusChange = body.entries.find((e: { event: string }) => e.event === 'status.changed');
    expect(statusChange).toMatchObject({
      actor: { kind: 'member', name: 'Drafter UA', delegation: 'UA' },
      details: { clauseId, from: 'draft', to: 'bracketed' },
    });
    expect(
      (await call(server, 'GET', `/treaties/${id}/audit/verify`, asOperator(server))).body,
    ).toMatchObject({
      ok: true,
      entries: events.length,
    });
    expect((await pactumCli(server.dataDir, 'verify', id)).code).toBe(0);

    // Someone with write access to the database rewrites history.
    await server.stop();
    const store = await openStoreSql(server.dataDir);
    await store.run(
      `UPDATE audit_log SET details = '{"clauseId":"forged"}' WHERE treaty_id = ? AND seq = 5`,
      id,
    );
    await store.close();
    const cli = await pactumCli(server.dataDir, 'verify', id);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/BROKEN at entry 5 of \d+: entry 5 was changed/);
    const restarted = await startServer({ dataDir: server.dataDir });
    const verified = await call(restarted, 'GET', `/treaties/${id}/audit/verify`, {
      headers: { authorization: `Bearer ${restarted.adminToken}` },
    });
    expect(verified.body).toMatchObject({ ok: false, brokenAt: 5 });
  });
});
