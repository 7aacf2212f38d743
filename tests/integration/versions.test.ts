import {
  type RestorableClause,
  restoreClause,
  restoreVersion,
  type TreatyJSON,
  treatyFile,
  treatyFromYDoc,
  writeTreatyToYDoc,
} from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sampleTreaty } from '../../server/src/seed/sampleTreaty.ts';
import { call, memberOf, operatorHeaders } from '../helpers/access.ts';
import { asOperator, getJSON, readClauses } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { retry } from '../helpers/retry.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

/**
 * The sample treaty's English text imported as a new treaty: no version,
 * checkpoint or confirmation the seeded copy starts with.
 */
async function englishSampleId(server: RunningServer): Promise<string> {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, { ...sampleTreaty, languages: ['en'], translations: {} });
  const file = treatyFile(treatyFromYDoc(doc), [], new Date().toISOString());
  const imported = await call(server, 'POST', '/imports', { headers: operatorHeaders(server), body: file });
  expect(imported.status).toBe(201);
  return imported.body.id as string;
}

interface VersionMeta {
  id: string;
  kind: 'named' | 'checkpoint';
  name: string | null;
  createdAt: string;
}

async function post(url: string, body: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: asOperator(url, { 'content-type': 'application/json' }),
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** Moves the clause at index `from` to index `to` (0-based among clauses), as the editor does. */
function moveClause(client: CollabClient, from: number, to: number): void {
  client.doc.transact(() => {
    const copy = (client.fragment.get(2 + from) as Y.XmlElement).clone();
    client.fragment.delete(2 + from, 1);
    client.fragment.insert(2 + to, [copy]);
  });
}

describe('versions, compare and clause history', () => {
  it('names a version, compares it with later edits, and lists checkpoints taken after activity', async () => {
    const server = await startServer({ env: { PACTUM_CHECKPOINT_IDLE_MS: '300' } });
    const id = await englishSampleId(server);
    const base = `${server.url}/api/treaties/${id}`;
    const created = await post(`${base}/versions`, { name: 'Paris draft 3', note: 'before the ministers' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'named',
      name: 'Paris draft 3',
      note: 'before the ministers',
      clauseCount: 12,
    });

    const editor = new CollabClient(server.wsUrl, id);
    editor.provider.awareness.setLocalStateField('user', { name: 'Olena', delegation: 'Ukraine' });
    await editor.synced();
    const text = editor.bodyText(2); // Article 3, "Military assistance"
    const shall = text.toString().indexOf('shall');
    text.delete(shall, 'shall'.length);
    text.insert(shall, 'should');
    moveClause(editor, 11, 0); // Duration to the front
    await editor.allConfirmed();

    const compare = await getJSON<{
      summary: Record<string, number>;
      clauses: Array<{
        clauseId: string;
        status: string;
        changes: string[];
        from: { number: number };
        to: { number: number };
        material: Array<{ kind: string }>;
      }>;
    }>(`${base}/compare?from=${created.body.id}&to=live`);
    expect(compare.status).toBe(200);
    expect(compare.body.summary).toMatchObject({ changed: 1, moved: 1, added: 0, removed: 0 });
    const changed = compare.body.clauses.filter((c) => c.status !== 'unchanged' && c.status !== 'renumbered');
    expect(changed.map((c) => [c.status, c.from.number, c.to.number])).toEqual([
      ['moved', 12, 1],
      ['changed', 3, 4],
    ]);
    expect(changed[1]?.material.map((m) => m.kind)).toEqual(['modal']);

    // A checkpoint appears once editing has been idle for the configured time.
    await retry(async () => {
      const { body } = await getJSON<{ named: VersionMeta[]; checkpoints: VersionMeta[] }>(
        `${base}/versions`,
      );
      expect(body.named.map((v) => v.name)).toEqual(['Paris draft 3']);
      expect(body.checkpoints.length).toBeGreaterThanOrEqual(1);
    }, 10_000);

    const version = await getJSON<{ treaty: { clauses: Array<{ text: string }> } }>(
      `${base}/versions/${created.body.id}`,
    );
    expect(version.body.treaty.clauses[2]?.text).toContain('shall maintain');
    editor.destroy();
  });

  it('keeps a clause history across a move and a renumber, with the delegations that edited it', async () => {
    // Default checkpoint timing (minutes): only the named versions below record states.
    const server = await startServer();
    const id = await englishSampleId(server);
    const base = `${server.url}/api/treaties/${id}`;
    const clauseId = (await readClauses(server.url, id))[4]?.clauseId ?? ''; // Article 5, Intelligence
    await post(`${base}/versions`, { name: 'v1' });

    // The editing delegation comes from the member's session, not from anything the client says.
    const olena = await memberOf(server, id, 'Olena', 'UA');
    const ua = new CollabClient(server.wsUrl, id, { headers: olena.headers });
    ua.provider.awareness.setLocalStateField('user', { name: 'Olena', delegation: 'France' });
    await ua.synced();
    ua.bodyText(4).insert(0, 'Immediately, ');
    await ua.allConfirmed();
    await post(`${base}/versions`, { name: 'v2' });

    moveClause(ua, 4, 0); // moved: becomes Article 1
    await ua.allConfirmed();
    await post(`${base}/versions`, { name: 'v3' });
    ua.fragment.delete(2, 1); // Article 1 (our clause) deleted…
    await ua.allConfirmed();
    await post(`${base}/versions`, { name: 'v4' });

    const { status, body } = await getJSON<{
      states: Array<{
        versionName: string;
        number: number;
        text: string;
        editors: string[];
        removed: boolean;
      }>;
    }>(`${base}/clauses/${clauseId}/history`);
    expect(status).toBe(200); // deleted from the text, but it has a history
    expect(body.states.map((s) => [s.versionName, s.number, s.removed, s.editors])).toEqual([
      ['v1', 5, false, []],
      ['v2', 5, false, ['UA']],
      ['v3', 1, false, ['UA']],
      ['v4', 1, true, []],
    ]);
    expect(body.states[1]?.text).toMatch(/^Immediately, /);
    ua.destroy();
  });

  it('restores a deleted clause from its history and a whole version, as forward edits every client sees', async () => {
    const server = await startServer();
    const id = await englishSampleId(server);
    const base = `${server.url}/api/treaties/${id}`;
    const v1 = (await post(`${base}/versions`, { name: 'v1' })).body as VersionMeta;
    const original = await getJSON<{ treaty: TreatyJSON }>(`${base}/versions/${v1.id}`);

    const editor = new CollabClient(server.wsUrl, id);
    const watcher = new CollabClient(server.wsUrl, id);
    await Promise.all([editor.synced(), watcher.synced()]);
    const intelligence = original.body.treaty.clauses[4];
    editor.bodyText(0).insert(0, 'Amended. ');
    editor.fragment.delete(2 + 4, 1); // delete Article 5
    moveClause(editor, 0, 3);
    await editor.allConfirmed();
    expect((await readClauses(server.url, id)).some((c) => c.clauseId === intelligence?.clauseId)).toBe(
      false,
    );

    // One clause back from its history: same id, old number, old text and tags.
    const history = await getJSON<{ states: Array<RestorableClause & { versionName: string }> }>(
      `${base}/clauses/${intelligence?.clauseId}/history`,
    );
    const state = history.body.states.find((s) => s.versionName === 'v1');
    if (!state) throw new Error('no v1 state in the history');
    restoreClause(editor.doc, state);
    await editor.allConfirmed();
    const afterClause = await readClauses(server.url, id);
    expect(afterClause[4]).toMatchObject({
      clauseId: intelligence?.clauseId,
      number: 5,
      text: intelligence?.text,
      domains: intelligence?.domains,
    });

    // The whole version back: the live text equals v1 again, for the other client too.
    restoreVersion(editor.doc, original.body.treaty);
    await editor.allConfirmed();
    const live = await getJSON<TreatyJSON>(`${base}`);
    expect(live.body.clauses.map((c) => [c.clauseId, c.text])).toEqual(
      original.body.treaty.clauses.map((c) => [c.clauseId, c.text]),
    );
    await retry(() =>
      expect(watcher.treaty().clauses.map((c) => c.text)).toEqual(
        original.body.treaty.clauses.map((c) => c.text),
      ),
    );
    const compare = await getJSON<{ summary: Record<string, number> }>(
      `${base}/compare?from=${v1.id}&to=live`,
    );
    expect(compare.body.summary).toMatchObject({ changed: 0, added: 0, removed: 0, moved: 0, unchanged: 12 });
    editor.destroy();
    watcher.destroy();
  });

  it('rejects bad version requests clearly', async () => {
    const server = await startServer();
    const id = await englishSampleId(server);
    const base = `${server.url}/api/treaties/${id}`;
    expect((await post(`${base}/versions`, { name: '  ' })).body.error.message).toBe(
      'name: must not be empty',
    );
    expect((await post(`${base}/versions`, {})).status).toBe(400);
    expect((await getJSON(`${base}/compare?from=live`)).status).toBe(400);
    expect((await getJSON(`${base}/compare?from=v-doesnotexist&to=live`)).status).toBe(404);
    expect((await getJSON(`${base}/versions/v-doesnotexist`)).status).toBe(404);
    expect((await getJSON(`${server.url}/api/treaties/t-nothere/versions`)).status).toBe(404);

    // A clause with no version yet has an empty history; an id that never was a clause has none.
    const live = (await readClauses(server.url, id))[0]?.clauseId;
    expect(await getJSON(`${base}/clauses/${live}/history`)).toEqual({
      status: 200,
      body: { clauseId: live, lang: 'en', states: [] },
    });
    const unknown = await getJSON<{ error: { code: string; message: string } }>(
      `${base}/clauses/c-neverwasthere/history`,
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('article_not_found');
  });
});
