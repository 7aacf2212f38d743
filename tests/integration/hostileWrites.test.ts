import { AgreementRoot, clauseBodyElement, MessageType, TagRoot, TREATY_FRAGMENT } from '@pactum/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { call, memberOf, operatorHeaders, type TestMember } from '../helpers/access.ts';
import { readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { openRawSocket } from '../helpers/rawSocket.ts';
import { retry } from '../helpers/retry.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

const PARTIES = ['UA', 'FR', 'UK', 'DE', 'PL', 'NL', 'CA'] as const;

interface AuditEntry {
  event: string;
  actor: { name: string; delegation?: string };
  details: Record<string, unknown>;
}

async function auditOf(server: RunningServer, id: string): Promise<AuditEntry[]> {
  const { body } = await call(server, 'GET', `/treaties/${id}/audit`, { headers: operatorHeaders(server) });
  return body.entries;
}

async function connected(server: RunningServer, id: string, member?: TestMember): Promise<CollabClient> {
  const client = new CollabClient(server.wsUrl, id, member ? { headers: member.headers } : {});
  await client.synced();
  return client;
}

const bodyOf = (doc: Y.Doc, index: number) => clauseBodyElement(doc, index);
const firstText = (doc: Y.Doc, index: number) =>
  (bodyOf(doc, index).get(0) as Y.XmlElement).get(0) as Y.XmlText;

/** Everything in a document that the treaty schema does not have, as readable strings. */
function foreignContent(doc: Y.Doc): string[] {
  const found: string[] = [];
  const visit = (type: Y.XmlElement | Y.XmlFragment) => {
    for (const child of type.toArray()) {
      if (child instanceof Y.XmlText) {
        for (const op of child.toDelta() as Array<{ attributes?: Record<string, unknown> }>) {
          for (const mark of Object.keys(op.attributes ?? {})) {
            if (!['bold', 'italic'].includes(mark)) found.push(`mark ${mark}`);
          }
        }
      } else if (child instanceof Y.XmlElement) {
        if (child.nodeName === 'blink') found.push('node blink');
        for (const key of Object.keys(child.getAttributes())) {
          if (!['clauseId', 'start', 'lang'].includes(key)) found.push(`attribute ${key}`);
        }
        visit(child);
      }
    }
  };
  visit(doc.getXmlFragment(TREATY_FRAGMENT));
  return found;
}

describe('hostile writes over the WebSocket', () => {
  it('reverts an unknown mark, node and attribute from a plain Yjs client, keeps its valid text, and audits it', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const mallory = await memberOf(server, id, 'Mallory', 'PL');
    const writer = await connected(server, id, mallory);
    const bystander = await connected(server, id);

    writer.doc.transact(() => {
      firstText(writer.doc, 0).format(0, 9, { evil: { onload: 'steal()' } });
      firstText(writer.doc, 0).insert(0, 'Kept. ');
      const blink = new Y.XmlElement('blink');
      blink.insert(0, [new Y.XmlText('look here')]);
      bodyOf(writer.doc, 1).insert(1, [blink]);
      (bodyOf(writer.doc, 2).get(0) as Y.XmlElement).setAttribute('onclick', 'steal()');
    });
    expect(foreignContent(writer.doc).sort()).toEqual(['attribute onclick', 'mark evil', 'node blink']);
    await writer.allConfirmed();

    // The writer itself is sent the reverts; everybody converges on the valid text.
    await retry(() => expect(foreignContent(writer.doc)).toEqual([]));
    await retry(() => expect(foreignContent(bystander.doc)).toEqual([]));
    await retry(() => expect(firstText(bystander.doc, 0).toString()).toMatch(/^Kept\. /));
    expect(Y.encodeStateVector(writer.doc)).toEqual(Y.encodeStateVector(bystander.doc));

    const reverted = (await auditOf(server, id)).filter((entry) => entry.event === 'write.reverted');
    expect(reverted).toHaveLength(1);
    expect(reverted[0]?.actor).toMatchObject({ name: 'Mallory', delegation: 'PL' });
    expect([...((reverted[0]?.details.reasons ?? []) as string[])].sort()).toEqual([
      'unknown attribute "onclick" on paragraph',
      'unknown mark "evil"',
      'unknown node "blink"',
    ]);
    expect(
      (await call(server, 'GET', `/treaties/${id}/audit/verify`, { headers: operatorHeaders(server) })).body,
    ).toMatchObject({ ok: true });

    // Reads change nothing (there is nothing left for a conversion to delete, and no read writes).
    const before = Y.encodeStateVector(bystander.doc);
    const api = `/treaties/${id}`;
    for (const path of [
      api,
      `${api}/clauses`,
      `${api}/matrix`,
      `${api}/agreement`,
      `${api}/versions`,
      `${api}/compare?from=live&to=live`,
      `${api}/export.pdf?scope=full&version=live`,
      `${api}/export.docx?scope=full&version=live`,
      `${api}/export.akn.xml?scope=full&version=live`,
      `${api}/export.json`,
    ]) {
      const response = await fetch(`${server.url}/api${path}`, { headers: mallory.headers });
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      await response.arrayBuffer();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(Y.encodeStateVector(bystander.doc)).toEqual(before);

    // A restart on the same data: nothing foreign was stored.
    writer.destroy();
    bystander.destroy();
    await server.stop();
    const again = await startServer({ dataDir: server.dataDir });
    const fresh = await connected(again, id);
    expect(foreignContent(fresh.doc)).toEqual([]);
    expect((await readTreaty(again.url, id)).clauses[0]?.text).toMatch(/^Kept\. /);
    fresh.destroy();
  });

  it('reverts a drafter deleting the other parties, so nothing becomes agreed behind their backs', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const drafter = await memberOf(server, id, 'Mallory', 'PL');
    const clauseId = (await readTreaty(server.url, id)).clauses[1]?.clauseId as string;
    const signed = await call(server, 'POST', `/treaties/${id}/clauses/${clauseId}/signoff`, {
      headers: drafter.headers,
      body: {},
    });
    expect(signed.status).toBe(200);
    const client = await connected(server, id, drafter);
    const parties = client.doc.getMap(TagRoot.parties);
    client.doc.transact(() => {
      for (const code of [...parties.keys()]) if (code !== 'PL') parties.delete(code);
      parties.set('XX', { name: 'Nobody', addedAt: 1 });
    });
    await client.allConfirmed();
    await retry(() => expect([...parties.keys()].sort()).toEqual([...PARTIES].sort()));

    const treaty = await readTreaty(server.url, id);
    expect(treaty.parties.map((party) => party.code).sort()).toEqual([...PARTIES].sort());
    const overview = await call(server, 'GET', `/treaties/${id}/agreement`, { headers: drafter.headers });
    expect(overview.body.clauses[1]).toMatchObject({ status: 'draft', signedBy: ['PL'] });
    const reverted = (await auditOf(server, id)).filter((entry) => entry.event === 'write.reverted');
    expect(reverted).toHaveLength(1);
    expect(reverted[0]?.details.count).toBe(7);
    expect(reverted[0]?.details.reasons).toContain('parties/UA: only the server writes this');
    client.destroy();
  });

  it('audits an edit that turns an agreed article back to draft, and one that deletes it, with the editor', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const members: Record<string, TestMember> = {};
    for (const code of PARTIES) members[code] = await memberOf(server, id, `Drafter ${code}`, code);
    const clauses = (await readTreaty(server.url, id)).clauses;
    for (const index of [2, 3]) {
      for (const code of PARTIES) {
        const path = `/treaties/${id}/clauses/${clauses[index]?.clauseId}/signoff`;
        expect((await call(server, 'POST', path, { headers: members[code]?.headers, body: {} })).status).toBe(
          200,
        );
      }
    }
    const editor = await connected(server, id, members.FR);
    firstText(editor.doc, 2).insert(0, 'Not ');
    await editor.allConfirmed();
    editor.doc.getXmlFragment(TREATY_FRAGMENT).delete(2 + 3, 1);
    await editor.allConfirmed();
    // Typing on in the already stale article changes nothing more.
    firstText(editor.doc, 2).insert(0, 'Really ');
    await editor.allConfirmed();

    const changes = (await auditOf(server, id)).filter(
      (entry) => entry.event === 'status.changed' && entry.details.cause === 'edit',
    );
    expect(changes.map(({ details }) => [details.clauseId, details.from, details.to])).toEqual([
      [clauses[2]?.clauseId, 'agreed', 'draft'],
      [clauses[3]?.clauseId, 'agreed', 'deleted'],
    ]);
    for (const change of changes)
      expect(change.actor).toMatchObject({ name: 'Drafter FR', delegation: 'FR' });
    expect(changes[0]?.details).toMatchObject({ article: 3, editedBy: ['FR'] });
    editor.destroy();
  });

  it('writes to the agreement maps and to root types of its own are reverted', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const client = await connected(server, id, await memberOf(server, id, 'Mallory', 'PL'));
    const bystander = await connected(server, id);
    client.doc.transact(() => {
      client.doc
        .getMap(AgreementRoot.signoffs)
        .set('c-forged/UA', { clauseId: 'c-forged', delegation: 'UA' });
      client.doc.getArray('junk').insert(0, ['x'.repeat(100_000)]);
    });
    await client.allConfirmed();
    await retry(() => expect(client.doc.getMap(AgreementRoot.signoffs).size).toBe(0));
    expect(bystander.doc.share.has('junk') ? bystander.doc.getArray('junk').length : 0).toBe(0);
    // A client that joins later downloads none of it.
    const late = await connected(server, id);
    expect(late.doc.getArray('junk').length).toBe(0);
    expect(Y.encodeStateAsUpdate(late.doc).byteLength).toBeLessThan(50_000);
    for (const c of [client, bystander, late]) c.destroy();
  });

  it('logs a client that keeps sending writes it may not make once, closes it at the limit, and sums it up', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const client = await connected(server, id, await memberOf(server, id, 'Mallory', 'PL'));
    for (let i = 0; i < 30 && client.closes.length === 0; i++) {
      client.doc.getMap(TagRoot.parties).set(`X${i}`, { name: 'Nobody', addedAt: i });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await client.closedWith()).code).toBe(4403);
    await retry(() => expect(server.output()).toMatch(/times on this connection/));
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.includes('reverted what a client update may not write'));
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1] as string)).toMatchObject({ count: 20 });
    client.destroy();
  });

  it('drops awareness states that do not fit the schema, and closes a connection that keeps sending them', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const observer = await memberOf(server, id, 'Oscar', 'PL', 'observer');
    const watcher = await connected(server, id);
    const raw = await openRawSocket(`${server.wsUrl}/collab/${id}`, observer.headers);
    const clientId = 424242;
    const frame = (clock: number, state: unknown) => {
      const update = encoding.createEncoder();
      encoding.writeVarUint(update, 1);
      encoding.writeVarUint(update, clientId);
      encoding.writeVarUint(update, clock);
      encoding.writeVarString(update, JSON.stringify(state));
      const message = encoding.createEncoder();
      encoding.writeVarUint(message, MessageType.Awareness);
      encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
      return encoding.toUint8Array(message);
    };
    const caret = JSON.parse(
      JSON.stringify(Y.createRelativePositionFromTypeIndex(firstText(watcher.doc, 0), 2)),
    );
    const seen: unknown[] = [];
    watcher.provider.awareness.on('change', () => {
      if (watcher.provider.awareness.getStates().has(clientId)) {
        seen.push(watcher.provider.awareness.getStates().get(clientId));
      }
    });
    const oscar = { name: 'Oscar', delegation: 'PL', role: 'observer', color: expect.any(String) };
    // A valid caret is relayed with the observer's identity from the session.
    raw.ws.send(frame(1, { user: { name: 'The Chair' }, cursor: { anchor: caret, head: caret } }));
    await retry(() => expect(seen).toEqual([{ user: oscar, cursor: { anchor: caret, head: caret } }]));
    // A caret into content this document does not hold is not drawn, and not held against anyone.
    raw.ws.send(
      frame(2, {
        cursor: { anchor: { tname: 'treaty', item: { client: 1, clock: 99 }, assoc: 0 }, head: caret },
      }),
    );
    await retry(() => expect(seen.at(-1)).toEqual({ user: oscar, cursor: null }));
    // The case from the issue and other misshapen states are dropped; the third closes the socket.
    raw.ws.send(frame(3, { cursor: { anchor: 5, head: 5 } }));
    raw.ws.send(frame(4, { cursor: { anchor: { type: null, tname: null, item: null }, head: caret } }));
    raw.ws.send(frame(5, 'not an object'));
    expect((await raw.closed).code).toBe(4423);
    await retry(() => expect(watcher.provider.awareness.getStates().has(clientId)).toBe(false));
    expect(seen).toHaveLength(2);
    watcher.destroy();
  });

  it('forgets the awareness of everyone who left, so a room does not grow with every visit', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const stay = await connected(server, id);
    const figures = async () => {
      const { body } = await call(server, 'GET', '/admin/stats?rooms=1', {
        headers: operatorHeaders(server),
      });
      return body.roomFigures[0];
    };
    stay.provider.awareness.setLocalStateField('cursor', null);
    await retry(async () => expect((await figures()).awarenessStates).toBe(1));
    const before = await figures();
    // Visitors whose carets everyone saw, each a new page (a new client id), who then close it.
    const visitors = await Promise.all(Array.from({ length: 12 }, () => connected(server, id)));
    for (const visitor of visitors) visitor.provider.awareness.setLocalStateField('cursor', null);
    await retry(async () => expect((await figures()).awarenessStates).toBe(13));
    expect((await figures()).awarenessClocks).toBe(before.awarenessClocks + 12);
    for (const visitor of visitors) visitor.destroy();
    // A closing page sends its awareness removal before its socket closes: wait for both.
    await retry(async () => expect(await figures()).toMatchObject({ awarenessStates: 1, connections: 1 }));
    expect(await figures()).toMatchObject({
      awarenessClocks: before.awarenessClocks,
      clients: before.clients,
      documentBytes: before.documentBytes,
    });
    stay.destroy();
  });
});
