import { AgreementRoot, clauseBodyElement } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { call, memberOf, operatorHeaders } from '../helpers/access.ts';
import { getJSON, readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { pactumCli } from '../helpers/cli.ts';
import { download, verifyExport } from '../helpers/exports.ts';
import { retry } from '../helpers/retry.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';
import { openStoreSql } from '../helpers/storeSql.ts';

const PLANTED_MARK = 'highlight';
const PLANTED_NODE = 'figure';
const PLANTED_ATTRIBUTE = 'data-planted';
const FIGURE_TEXT = 'A planted figure';

interface Row {
  seq: number;
  data: Uint8Array;
}

/** The body of Article `index + 1` as the layout stores it (title and preamble come first). */
function bodyOf(doc: Y.Doc, index: number): Y.XmlElement {
  return clauseBodyElement(doc, index);
}

/** Content the treaty schema cannot hold, written into `doc`; returns it as a plain Yjs update. */
function plant(doc: Y.Doc): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    const definitions = (bodyOf(doc, 0).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    definitions.format(4, 8, { [PLANTED_MARK]: { colour: 'yellow' } });
    const figure = new Y.XmlElement(PLANTED_NODE);
    figure.insert(0, [new Y.XmlText(FIGURE_TEXT)]);
    bodyOf(doc, 1).insert(1, [figure]);
    (bodyOf(doc, 2).get(0) as Y.XmlElement).setAttribute(PLANTED_ATTRIBUTE, 'yes');
  });
  return Y.encodeStateAsUpdate(doc, before);
}

/** Which of the planted things `doc` still holds, looked up in its Yjs structure. */
function plantedIn(doc: Y.Doc) {
  const first = bodyOf(doc, 0).get(0);
  const text = first instanceof Y.XmlElement ? first.get(0) : undefined;
  const third = bodyOf(doc, 2).get(0);
  return {
    mark:
      text instanceof Y.XmlText &&
      text.toDelta().some((op: { attributes?: Record<string, unknown> }) => op.attributes?.[PLANTED_MARK]),
    node: bodyOf(doc, 1)
      .toArray()
      .some((child) => child instanceof Y.XmlElement && child.nodeName === PLANTED_NODE),
    attribute: third instanceof Y.XmlElement && third.getAttribute(PLANTED_ATTRIBUTE) === 'yes',
  };
}
const ALL_PLANTED = { mark: true, node: true, attribute: true };

async function readRows(server: RunningServer, treatyId: string): Promise<Row[]> {
  const store = await openStoreSql(server.dataDir);
  try {
    return await store.updates(treatyId);
  } finally {
    await store.close();
  }
}

function docOf(rows: Row[]): Y.Doc {
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, row.data);
  return doc;
}

const roomCount = async (url: string) => (await getJSON<{ rooms: number }>(`${url}/api/health`)).body.rooms;

describe('reads never write', () => {
  it('leaves content the schema cannot hold in the stored document through every read, export and sign-off', async () => {
    const first = await startServer();
    const id = await sampleTreatyId(first.url);
    const chair = (await memberOf(first, id, 'Claire', 'SEC', 'chair')).headers;
    const observer = (await memberOf(first, id, 'Oscar', 'OBS', 'observer')).headers;
    const drafterFR = (await memberOf(first, id, 'Drafter FR', 'FR')).headers;
    const [article1, article2] = (await readTreaty(first.url, id)).clauses.map((clause) => clause.clauseId);

    // Seeded through the database, so no guard on client updates can stand in the way.
    await first.stop();
    const store = await openStoreSql(first.dataDir);
    const planted = plant(docOf(await store.updates(id)));
    await store.run('INSERT INTO treaty_updates (treaty_id, data) VALUES (?, ?)', id, planted);
    await store.close();

    const server = await startServer({ dataDir: first.dataDir });
    // Connected as an observer, whose updates the server drops: any write below is the server's.
    const client = new CollabClient(server.wsUrl, id, { headers: observer });
    await client.synced();
    expect(plantedIn(client.doc)).toEqual(ALL_PLANTED);
    const stateVectorBefore = Y.decodeStateVector(Y.encodeStateVector(client.doc));
    const rowsBefore = await readRows(server, id);
    expect(rowsBefore.length).toBeGreaterThanOrEqual(2);

    const api = `/treaties/${id}`;
    const named = await call(server, 'POST', `${api}/versions`, {
      headers: chair,
      body: { name: 'Planted' },
    });
    expect(named.status).toBe(201);
    const version = named.body.id as string;
    const reads: Array<[method: string, path: string, body?: unknown]> = [
      ['GET', '/treaties'],
      ['GET', '/session'],
      ['GET', api],
      ['GET', `${api}/clauses`],
      ['GET', `${api}/matrix`],
      [
        'POST',
        `${api}/scenario`,
        { trigger: 'armed-attack', severity: 3, verifiedBy: 'joint-monitoring-mission' },
      ],
      ['GET', `${api}/versions`],
      ['GET', `${api}/versions/${version}`],
      ['GET', `${api}/compare?from=${version}&to=live`],
      ['GET', `${api}/compare?from=live&to=${version}`],
      ['GET', `${api}/compare?from=${version}&to=live&lang=uk`],
      ['GET', `${api}/compare-languages`],
      ['GET', `${api}/compare-languages?at=${version}&left=uk&right=en`],
      ['GET', `${api}/clauses?lang=uk`],
      ['GET', `${api}/clauses/${article1}/history?lang=uk`],
      ['GET', `${api}/clauses/${article1}/history`],
      ['GET', `${api}/clauses/${article2}/history`],
      ['GET', `${api}/agreement`],
      ['GET', `${api}/concordance`],
      ['GET', `${api}/languages`],
      ['GET', `${api}/audit`],
      ['GET', `${api}/audit/verify`],
      ['GET', `${api}/members`],
      ['GET', `${api}/me`],
    ];
    for (const headers of [chair, observer]) {
      for (const [method, route, body] of reads) {
        const answer = await call(server, method, route, { headers, body });
        expect([method, route, answer.status]).toEqual([method, route, 200]);
      }
    }
    expect((await call(server, 'GET', `${api}/invites`, { headers: chair })).status).toBe(200);
    expect((await call(server, 'GET', `${api}/invites`, { headers: observer })).status).toBe(403);
    // A read leaves the planted content out of what it answers; the document keeps it.
    const text = (await call(server, 'GET', api, { headers: observer })).body;
    expect(text.clauses[1].text).not.toContain(FIGURE_TEXT);

    const exports = [
      'scope=agreed',
      'scope=full',
      `scope=full&version=${version}`,
      `scope=compare&from=${version}&to=live`,
      `scope=compare&from=live&to=${version}`,
    ].flatMap((query) => ['pdf', 'docx', 'akn.xml'].map((format) => `${api}/export.${format}?${query}`));
    let pdf: Uint8Array | undefined;
    for (const headers of [chair, observer]) {
      for (const route of [...exports, `${api}/export.json`]) {
        const file = await download(server, route, headers);
        expect([route, file.status]).toEqual([route, 200]);
        if (route.includes('.pdf')) pdf ??= file.bytes;
      }
      const verdict = await verifyExport(server, id, pdf ?? new Uint8Array(), headers);
      expect(verdict.matches.length).toBeGreaterThan(0);
    }
    const cli = await pactumCli(server.dataDir, 'verify', id);
    expect(cli.code).toBe(0);

    // A sign-off hashes the planted clause and writes only the sign-off.
    const signed = await call(server, 'POST', `${api}/clauses/${article1}/signoff`, {
      headers: drafterFR,
      body: {},
    });
    expect(signed.status).toBe(200);
    await retry(() => expect(client.doc.getMap(AgreementRoot.signoffs).size).toBe(1));

    const rowsAfter = await readRows(server, id);
    expect(rowsAfter.slice(0, rowsBefore.length)).toEqual(rowsBefore);
    const newRows = rowsAfter.slice(rowsBefore.length);
    expect(newRows.length).toBeGreaterThan(0);
    const writers = new Set<number>();
    for (const row of newRows) {
      const update = Y.decodeUpdate(row.data);
      expect(update.ds.clients.size).toBe(0); // deletes nothing
      for (const struct of update.structs) writers.add(struct.id.client);
    }
    expect(writers.size).toBe(1); // the server's own sign-off edit
    expect(plantedIn(docOf(rowsAfter))).toEqual(ALL_PLANTED);
    expect(plantedIn(client.doc)).toEqual(ALL_PLANTED);
    const stateVectorAfter = Y.decodeStateVector(Y.encodeStateVector(client.doc));
    for (const [writer, clock] of stateVectorAfter) {
      if (!writers.has(writer)) expect([writer, clock]).toEqual([writer, stateVectorBefore.get(writer)]);
    }
    expect([...stateVectorBefore.keys()].every((writer) => stateVectorAfter.has(writer))).toBe(true);
    expect(Y.encodeStateVector(docOf(rowsAfter))).toEqual(Y.encodeStateVector(client.doc));

    // The room unloads: it takes a checkpoint and compacts its log.
    client.destroy();
    await retry(async () => expect(await roomCount(server.url)).toBe(0), 10_000);
    const compacted = await readRows(server, id);
    expect(compacted).toHaveLength(1);
    expect(plantedIn(docOf(compacted))).toEqual(ALL_PLANTED);

    await server.stop();
    const restarted = await startServer({ dataDir: server.dataDir });
    const fresh = new CollabClient(restarted.wsUrl, id, { headers: operatorHeaders(restarted) });
    await fresh.synced();
    expect(plantedIn(fresh.doc)).toEqual(ALL_PLANTED);
    fresh.destroy();
  }, 120_000);
});
