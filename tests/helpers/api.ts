import http from 'node:http';
import type { ClauseJSON, TreatyJSON, TreatySummary } from '@pactum/shared';
import { operatorTokenFor } from './startServer.ts';

/** As the operator of the test server at `url` (its PACTUM_ADMIN_TOKEN). */
export function asOperator(url: string, headers: Record<string, string> = {}): Record<string, string> {
  const token = operatorTokenFor(url);
  return token ? { authorization: `Bearer ${token}`, ...headers } : headers;
}

/** GET as the operator, or with `headers` (e.g. a member's cookie) when given. */
export async function getJSON<T>(
  url: string,
  headers?: Record<string, string>,
): Promise<{ status: number; body: T }> {
  const response = await fetch(url, { headers: headers ?? asOperator(url) });
  return { status: response.status, body: (await response.json()) as T };
}

export async function listTreaties(baseUrl: string): Promise<TreatySummary[]> {
  const { body } = await getJSON<{ treaties: TreatySummary[] }>(`${baseUrl}/api/treaties`);
  return body.treaties;
}

export async function readTreaty(baseUrl: string, id: string): Promise<TreatySummary & TreatyJSON> {
  const { status, body } = await getJSON<TreatySummary & TreatyJSON>(`${baseUrl}/api/treaties/${id}`);
  if (status !== 200) throw new Error(`GET treaty ${id} → ${status} ${JSON.stringify(body)}`);
  return body;
}

export async function readClauses(baseUrl: string, id: string): Promise<ClauseJSON[]> {
  return (await readTreaty(baseUrl, id)).clauses;
}

export async function createTreaty(baseUrl: string, title: string): Promise<TreatySummary> {
  const response = await fetch(`${baseUrl}/api/treaties`, {
    method: 'POST',
    headers: asOperator(baseUrl, { 'content-type': 'application/json' }),
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`create treaty → ${response.status} ${await response.text()}`);
  return (await response.json()) as TreatySummary;
}

/** The sample treaty a fresh server seeds. */
export async function sampleTreatyId(baseUrl: string): Promise<string> {
  const [sample] = await listTreaties(baseUrl);
  if (!sample) throw new Error('the server has no treaty');
  return sample.id;
}

/** GET with the path sent byte for byte (fetch would normalise `%2e%2e` away). */
export function getRawPath(baseUrl: string, rawPath: string): Promise<{ status: number; body: unknown }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.get({ hostname, port, path: rawPath, headers: asOperator(baseUrl) }, (response) => {
      let text = '';
      response.on('data', (chunk) => {
        text += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
    });
    request.on('error', reject);
  });
}
