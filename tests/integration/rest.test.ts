import { describe, expect, it } from 'vitest';
import {
  asOperator,
  createTreaty,
  getJSON,
  getRawPath,
  listTreaties,
  readClauses,
  readTreaty,
} from '../helpers/api.ts';
import { startServer } from '../helpers/startServer.ts';

async function post(url: string, body: string, contentType = 'application/json') {
  const response = await fetch(url, {
    method: 'POST',
    headers: asOperator(url, { 'content-type': contentType }),
    body,
  });
  return { status: response.status, body: await response.json() };
}

describe('REST API', () => {
  it('reports health and lists the seeded sample treaty with its 12 articles', async () => {
    const server = await startServer();
    expect((await getJSON(`${server.url}/api/health`)).body).toMatchObject({ status: 'ok' });
    const treaties = await listTreaties(server.url);
    expect(treaties).toHaveLength(1);
    expect(treaties[0]).toMatchObject({
      title: 'Framework Agreement on Security Guarantees for Ukraine',
      clauseCount: 12,
    });
    const clauses = await readClauses(server.url, treaties[0]?.id ?? '');
    expect(clauses.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(clauses[6]).toMatchObject({ label: 'Article 7', heading: 'Activation on armed attack' });
    expect(clauses[6]?.text).toContain('within 48 hours');
    expect(new Set(clauses.map((c) => c.clauseId)).size).toBe(12);
  });

  it('creates an empty treaty with one clause and lists it', async () => {
    const server = await startServer();
    const created = await createTreaty(server.url, '  Договір про гарантії безпеки  ');
    expect(created).toMatchObject({ title: 'Договір про гарантії безпеки', clauseCount: 1 });
    const treaty = await readTreaty(server.url, created.id);
    expect(treaty.clauses).toHaveLength(1);
    expect(treaty.clauses[0]).toMatchObject({ number: 1, heading: '', text: '' });
    expect(treaty.clauses[0]?.clauseId).toMatch(/^c-/);
    expect((await listTreaties(server.url)).map((t) => t.id)).toContain(created.id);
  });

  it('rejects bad bodies with a JSON error and creates nothing', async () => {
    const server = await startServer();
    const url = `${server.url}/api/treaties`;
    const cases = [
      await post(url, JSON.stringify({ title: '   ' })),
      await post(url, JSON.stringify({ title: 'x'.repeat(301) })),
      await post(url, JSON.stringify({ title: 'ok', extra: true })),
      await post(url, JSON.stringify({})),
      await post(url, '{"title": '),
    ];
    for (const { status, body } of cases) {
      expect(status).toBe(400);
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toEqual(expect.any(String));
    }
    // The first invalid field, for the client's sentence; none when the body as a whole is wrong.
    expect(cases.map(({ body }) => body.error.params?.field)).toEqual([
      'title',
      'title',
      undefined,
      'title',
      undefined,
    ]);
    const tooBig = await post(url, JSON.stringify({ title: 'x'.repeat(300 * 1024) }));
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.code).toBe('payload_too_large');
    expect(await listTreaties(server.url)).toHaveLength(1);
  });

  it('answers bad treaty ids with 400 and unknown ones with 404', async () => {
    const server = await startServer();
    for (const id of ['%2e%2e', '%2E%2e', '..%2F..%2Fetc', 'a'.repeat(65), '%00abc', 'bad.id']) {
      const { status, body } = await getRawPath(server.url, `/api/treaties/${id}/clauses`);
      expect({ id, status, body }).toEqual({
        id,
        status: 400,
        body: { error: { code: 'invalid_treaty_id', message: expect.any(String) } },
      });
    }
    const missing = await getJSON<{ error: { code: string } }>(
      `${server.url}/api/treaties/t-doesnotexist/clauses`,
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('treaty_not_found');
    const unknownRoute = await getJSON<{ error: { code: string } }>(`${server.url}/api/nothing-here`);
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.body.error.code).toBe('not_found');
  });

  it('sends security headers', async () => {
    const server = await startServer();
    const response = await fetch(`${server.url}/api/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
