import {
  type AuditEntry,
  ConcordanceStatus,
  clauseConcordance,
  readAgreement,
  recordOf,
  treatyFromYDoc,
} from '@pactum/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { getJSON, readClauses, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { startServer } from '../helpers/startServer.ts';

const clients: CollabClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

describe('the sample treaty', () => {
  it('is in English and Ukrainian, and two articles are outdated on purpose while ten are concordant', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const client = new CollabClient(server.wsUrl, id);
    clients.push(client);
    await client.synced();

    const uk = treatyFromYDoc(client.doc, 'uk');
    expect(uk.languages).toEqual(['en', 'uk']);
    expect(uk.title).toBe('Рамкова угода про гарантії безпеки для України');
    expect(uk.preamble).toMatch(/^Сторони цієї Угоди,\n.+\nдомовилися про таке:$/s);
    expect(uk.clauses).toHaveLength(12);
    expect(uk.clauses[0]?.label).toBe('Стаття 1');
    for (const clause of uk.clauses) {
      expect(clause.heading).toMatch(/^[А-ЯІЇЄҐ][а-яіїєґ’ ]+$/);
      expect(clause.text).toMatch(/[а-яіїєґ]{4}/);
      expect(clause.text).not.toMatch(/[A-Za-z]/);
    }

    const records = readAgreement(client.doc);
    const concordance = uk.clauses.map((clause) =>
      clauseConcordance(clause, recordOf(records, clause.clauseId).concordance.at(-1)),
    );
    const outdated = [7, 9];
    expect(concordance.map(({ status }) => status)).toEqual(
      uk.clauses.map(({ number }) =>
        outdated.includes(number) ? ConcordanceStatus.outdated : ConcordanceStatus.concordant,
      ),
    );
    expect(concordance[6]?.changed).toEqual(['en']);
    expect(concordance[8]?.changed).toEqual(['en']);
    expect(concordance[0]?.confirmed?.by).toMatchObject({ delegation: 'UA' });

    // The English a newcomer reads is the edited one; the confirmed and the Ukrainian keep the old terms.
    const english = await readClauses(server.url, id);
    expect(english[6]?.text).toContain('within 48 hours');
    expect(concordance[6]?.confirmed?.texts.en?.text).toContain('within 72 hours');
    expect(uk.clauses[6]?.text).toContain('протягом 72 годин');
    expect(english[8]?.text).toContain('may give priority');
    expect(concordance[8]?.confirmed?.texts.en?.text).toContain('shall give priority');
    expect(uk.clauses[8]?.text).toContain('зобов’язуються');

    const { body } = await getJSON<{ entries: AuditEntry[] }>(`${server.url}/api/treaties/${id}/audit`);
    const confirmed = body.entries.filter((entry) => entry.event === 'concordance.confirmed');
    expect(confirmed.map((entry) => entry.details.article)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
