import {
  type ClauseJSON,
  clauseTextElement,
  LANG_ATTR,
  languageTextHash,
  readLanguages,
  TREATY_FRAGMENT,
  TreatyNode,
  treatyFile,
  treatyFromYDoc,
  writeTreatyToYDoc,
} from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sampleTreaty } from '../../server/src/seed/sampleTreaty.ts';
import { call, memberOf, operatorHeaders, type TestMember } from '../helpers/access.ts';
import { readClauses } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { download } from '../helpers/exports.ts';
import { pdfText } from '../helpers/pdf.ts';
import { retry } from '../helpers/retry.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

const PARTIES = ['UA', 'FR', 'UK', 'DE', 'PL', 'NL', 'CA'] as const;

/**
 * A copy of the sample treaty in English alone, imported from a treaty file
 * (so nothing the first start seeded, such as confirmations, is in it), with
 * a chair and a drafter per party.
 */
async function englishSample(server: RunningServer) {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, { ...sampleTreaty, languages: ['en'], translations: {} });
  const file = treatyFile(treatyFromYDoc(doc), [], new Date().toISOString());
  const imported = await call(server, 'POST', '/imports', { headers: operatorHeaders(server), body: file });
  expect(imported.status).toBe(201);
  const id = imported.body.id as string;
  const chair = await memberOf(server, id, 'Claire', 'SEC', 'chair');
  const drafters: Record<string, TestMember> = {};
  for (const code of PARTIES) drafters[code] = await memberOf(server, id, `Drafter ${code}`, code);
  return { id, chair, drafters: drafters as Record<(typeof PARTIES)[number], TestMember> };
}

async function auditEvents(server: RunningServer, id: string) {
  const { body } = await call(server, 'GET', `/treaties/${id}/audit`, { headers: operatorHeaders(server) });
  return body.entries as Array<{ event: string; details: Record<string, unknown> }>;
}

function setText(text: Y.XmlText, value: string): void {
  text.doc?.transact(() => {
    text.delete(0, text.length);
    text.insert(0, value);
  });
}

describe('language versions over REST and WebSockets', () => {
  it('lets the chair add and remove a language, live for everyone and audited; nobody else can', async () => {
    const server = await startServer();
    const { id, chair, drafters } = await englishSample(server);
    const watcher = new CollabClient(server.wsUrl, id, { headers: drafters.FR.headers });
    await watcher.synced();
    const languages = `/treaties/${id}/languages`;

    expect(
      (await call(server, 'POST', languages, { headers: drafters.FR.headers, body: { code: 'uk' } })).status,
    ).toBe(403);
    for (const body of [{ code: 'xx' }, { code: 'UK' }, { code: 'ukr' }, { code: 'uk', extra: 1 }, {}]) {
      const refused = await call(server, 'POST', languages, { headers: chair.headers, body });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toBeTruthy();
    }
    const added = await call(server, 'POST', languages, { headers: chair.headers, body: { code: 'uk' } });
    expect(added).toMatchObject({
      status: 201,
      body: {
        languages: [
          { code: 'en', name: 'English' },
          { code: 'uk', name: 'Ukrainian' },
        ],
      },
    });
    const again = await call(server, 'POST', languages, { headers: chair.headers, body: { code: 'uk' } });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'language_exists', params: { language: 'uk' } });

    const articles = watcher.clauseCount();
    await retry(() => {
      expect(readLanguages(watcher.doc)).toEqual(['en', 'uk']);
      for (let i = 0; i < articles; i++) expect(clauseTextElement(watcher.doc, i, 'uk')).toBeDefined();
    });
    const english = (await readClauses(server.url, id)).map((c) => c.text);
    setText(watcher.bodyText(0, 'uk'), 'Для цілей цієї Угоди:');
    await watcher.allConfirmed();
    expect((await readClauses(server.url, id)).map((c) => c.text)).toEqual(english);

    const versionsBefore = (await call(server, 'GET', `/treaties/${id}/versions`, { headers: chair.headers }))
      .body;
    expect((await call(server, 'DELETE', `${languages}/uk`, { headers: drafters.UA.headers })).status).toBe(
      403,
    );
    const notACode = await call(server, 'DELETE', `${languages}/zz`, { headers: chair.headers });
    expect(notACode.status).toBe(400);
    expect(notACode.body.error).toMatchObject({ code: 'not_a_language_code', params: { code: 'zz' } });
    const absent = await call(server, 'DELETE', `${languages}/de`, { headers: chair.headers });
    expect(absent.status).toBe(404);
    expect(absent.body.error).toMatchObject({
      code: 'language_not_in_treaty',
      params: { language: 'de', languages: 'en,uk' },
    });
    const removed = await call(server, 'DELETE', `${languages}/uk`, { headers: chair.headers });
    expect(removed).toMatchObject({ status: 200, body: { languages: [{ code: 'en' }] } });
    const lastOne = await call(server, 'DELETE', `${languages}/en`, { headers: chair.headers });
    expect(lastOne.status).toBe(409);
    expect(lastOne.body.error.message).toMatch(/at least one language/);
    expect(lastOne.body.error).toMatchObject({ code: 'last_language', params: { language: 'en' } });
    await retry(() => {
      expect(readLanguages(watcher.doc)).toEqual(['en']);
      expect(watcher.fragment.toString()).not.toContain('Для цілей');
    });
    // The removed text stays readable in the version made just before.
    const versionsAfter = (await call(server, 'GET', `/treaties/${id}/versions`, { headers: chair.headers }))
      .body;
    expect(JSON.stringify(versionsAfter).length).toBeGreaterThan(JSON.stringify(versionsBefore).length);

    const events = await auditEvents(server, id);
    expect(events.find((e) => e.event === 'language.added' && e.details.code === 'uk')).toBeTruthy();
    expect(
      events.find((e) => e.event === 'language.removed' && e.details.code === 'uk')?.details,
    ).toMatchObject({
      articlesWithText: 1,
    });
    watcher.destroy();
  });

  it('gives an article inserted without the new language its empty text, for every client', async () => {
    const server = await startServer();
    const { id, chair, drafters } = await englishSample(server);
    const older = new CollabClient(server.wsUrl, id, { headers: drafters.UA.headers });
    const other = new CollabClient(server.wsUrl, id, { headers: drafters.PL.headers });
    await Promise.all([older.synced(), other.synced()]);
    await call(server, 'POST', `/treaties/${id}/languages`, { headers: chair.headers, body: { code: 'uk' } });
    await retry(() => expect(readLanguages(older.doc)).toEqual(['en', 'uk']));
    // A client that writes an article the old way: an English text only.
    const englishOnly = (older.fragment.get(2) as Y.XmlElement).clone();
    englishOnly.setAttribute('clauseId', 'c-englishonly1');
    older.fragment.insert(3, [englishOnly]);
    const inserted = older.fragment.get(3) as Y.XmlElement;
    inserted.delete(
      inserted.toArray().findIndex((n) => n instanceof Y.XmlElement && n.getAttribute(LANG_ATTR) === 'uk'),
      1,
    );
    await older.allConfirmed();
    const languagesOf = (doc: Y.Doc, index: number) =>
      (doc.getXmlFragment(TREATY_FRAGMENT).get(index + 2) as Y.XmlElement)
        .toArray()
        .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === TreatyNode.clauseText)
        .map((n) => n.getAttribute(LANG_ATTR));
    await retry(() => {
      expect(languagesOf(older.doc, 1)).toEqual(['en', 'uk']);
      expect(languagesOf(other.doc, 1)).toEqual(['en', 'uk']);
      expect(other.fragment.toString()).toBe(older.fragment.toString());
    });
    older.destroy();
    other.destroy();
  });

  it('compares and exports in a language the older version did not have: its side reads as empty', async () => {
    const server = await startServer();
    const { id, chair, drafters } = await englishSample(server);
    const named = await call(server, 'POST', `/treaties/${id}/versions`, {
      headers: chair.headers,
      body: { name: 'English only' },
    });
    expect(named.status).toBe(201);
    await call(server, 'POST', `/treaties/${id}/languages`, { headers: chair.headers, body: { code: 'uk' } });
    const ua = new CollabClient(server.wsUrl, id, { headers: drafters.UA.headers });
    await ua.synced();
    await retry(() => expect(readLanguages(ua.doc)).toEqual(['en', 'uk']));
    setText(ua.bodyText(1, 'uk'), 'Метою цієї Угоди є стримування агресії.');
    await ua.allConfirmed();
    const query = `from=${named.body.id}&to=live&lang=uk`;
    const compared = await call(server, 'GET', `/treaties/${id}/compare?${query}`, {
      headers: chair.headers,
    });
    expect(compared.status).toBe(200);
    const file = await download(server, `/treaties/${id}/export.pdf?scope=compare&${query}`, chair.headers);
    expect(file.status).toBe(200);
    const text = await pdfText(file.bytes);
    expect(text).toContain('Стаття 2');
    expect(text).toContain('стримування агресії');
    // The newer side must have the language.
    const reversed = await download(
      server,
      `/treaties/${id}/export.pdf?scope=compare&from=live&to=${named.body.id}&lang=uk`,
      chair.headers,
    );
    expect(reversed.status).toBe(400);
    ua.destroy();
  });

  it('confirms concordance per article, live; agreement needs it; a Ukrainian-only edit voids sign-offs and concordance', async () => {
    const server = await startServer();
    const { id, chair, drafters } = await englishSample(server);
    await call(server, 'POST', `/treaties/${id}/languages`, { headers: chair.headers, body: { code: 'uk' } });
    const ua = new CollabClient(server.wsUrl, id, { headers: drafters.UA.headers });
    await ua.synced();
    await retry(() => expect(readLanguages(ua.doc)).toEqual(['en', 'uk']));
    const status = async () =>
      (await call(server, 'GET', `/treaties/${id}/concordance`, { headers: drafters.FR.headers })).body;
    const initial = await status();
    expect(initial.languages).toEqual(['en', 'uk']);
    expect(initial.counts.incomplete).toBe(initial.clauses.length);
    expect(initial.clauses[1]).toMatchObject({ status: 'incomplete', empty: ['uk'] });

    setText(ua.bodyText(1, 'uk'), 'Метою цієї Угоди є стримування повторної агресії проти України.');
    await ua.allConfirmed();
    expect((await status()).clauses[1]).toMatchObject({ status: 'unconfirmed', empty: [] });

    const article = (await readClauses(server.url, id))[1] as ClauseJSON;
    const path = `/treaties/${id}/clauses/${article.clauseId}/concordance`;
    const hashes = {
      en: languageTextHash(article.texts.en as ClauseJSON),
      uk: languageTextHash(article.texts.uk as ClauseJSON),
    };
    const observer = await memberOf(server, id, 'Olga', 'UA', 'observer');
    expect((await call(server, 'POST', path, { headers: observer.headers, body: {} })).status).toBe(403);
    // The chair's own delegation (the secretariat) is not a party.
    const secretariat = await call(server, 'POST', path, { headers: chair.headers, body: {} });
    expect(secretariat.status).toBe(403);
    expect(secretariat.body.error).toMatchObject({ code: 'not_a_party', params: { delegation: 'SEC' } });
    const emptyUk = await call(
      server,
      'POST',
      `/treaties/${id}/clauses/${initial.clauses[2].clauseId}/concordance`,
      {
        headers: drafters.UA.headers,
        body: {},
      },
    );
    expect(emptyUk.status).toBe(409);
    expect(emptyUk.body.error.message).toMatch(/Ukrainian text of this article is empty/);
    expect(emptyUk.body.error).toMatchObject({
      code: 'concordance_text_empty',
      params: { languages: 'uk', count: 1 },
    });
    for (const bad of [{ hashes: { en: 'x' } }, { hashes: { EN: hashes.en } }, { note: 'hi' }]) {
      const refused = await call(server, 'POST', path, { headers: drafters.UA.headers, body: bad });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('bad_request');
    }
    const badHash = await call(server, 'POST', path, {
      headers: drafters.UA.headers,
      body: { hashes: { en: 'x' } },
    });
    expect(badHash.body.error.params.field).toMatch(/^hashes/);
    const unseen = await call(server, 'POST', path, {
      headers: drafters.UA.headers,
      body: { hashes: { ...hashes, uk: 'a'.repeat(64) } },
    });
    expect(unseen.status).toBe(409);
    expect(unseen.body.error.message).toMatch(/Ukrainian text .* changed since you read it/);
    expect(unseen.body.error).toMatchObject({
      code: 'texts_changed_since_read',
      params: { languages: 'uk', count: 1 },
    });

    const confirmed = await call(server, 'POST', path, { headers: drafters.UA.headers, body: { hashes } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.concordance).toMatchObject({
      status: 'concordant',
      confirmed: { by: { name: 'Drafter UA', delegation: 'UA' } },
    });
    await retry(() => expect(ua.doc.getMap('concordance').get(article.clauseId)).toMatchObject({ hashes }));

    const signAll = async () => {
      for (const code of PARTIES) {
        const signed = await call(server, 'POST', `/treaties/${id}/clauses/${article.clauseId}/signoff`, {
          headers: drafters[code].headers,
          body: {},
        });
        expect(signed.status).toBe(200);
      }
    };
    const agreement = async () =>
      (await call(server, 'GET', `/treaties/${id}/agreement`, { headers: drafters.DE.headers })).body;
    await signAll();
    expect((await agreement()).clauses[1]).toMatchObject({ status: 'agreed', awaitingConcordance: false });

    // An edit of the Ukrainian text alone: every sign-off stale, the texts outdated, named.
    setText(ua.bodyText(1, 'uk'), 'Метою цієї Угоди може бути стримування агресії.');
    await ua.allConfirmed();
    const afterEdit = await agreement();
    expect(afterEdit.clauses[1]).toMatchObject({ status: 'draft', signedBy: [] });
    expect(afterEdit.clauses[1].staleBy.sort()).toEqual([...PARTIES].sort());
    expect(afterEdit.clauses[1].concordance).toMatchObject({ status: 'outdated', changed: ['uk'] });
    expect(afterEdit.clauses[1].concordance.confirmed.texts.uk.text).toMatch(/стримування повторної агресії/);

    // Signed again by all, it waits for concordance, and the overview says so.
    await signAll();
    const waiting = await agreement();
    expect(waiting.clauses[1]).toMatchObject({ status: 'draft', missing: [], awaitingConcordance: true });
    expect(waiting.awaitingConcordance).toEqual([article.clauseId]);
    const again = await call(server, 'POST', path, { headers: drafters.FR.headers, body: {} });
    expect(again.body).toMatchObject({ status: 'agreed', concordance: { status: 'concordant' } });

    // A client cannot write a confirmation itself.
    ua.doc.getMap('concordance').set(initial.clauses[3].clauseId, { clauseId: initial.clauses[3].clauseId });
    await retry(() => expect(ua.doc.getMap('concordance').has(initial.clauses[3].clauseId)).toBe(false));
    expect((await status()).clauses[3].status).toBe('incomplete');

    const events = await auditEvents(server, id);
    const confirmations = events.filter((e) => e.event === 'concordance.confirmed');
    expect(confirmations).toHaveLength(2);
    expect(confirmations[0]?.details).toMatchObject({ clauseId: article.clauseId, hashes });
    expect(events.some((e) => e.event === 'status.changed' && e.details.to === 'agreed')).toBe(true);
    ua.destroy();
  });
});
