import {
  ACTIVATION_MODES,
  type ClauseJSON,
  type CreatedInviteJSON,
  type Party,
  TRIGGER_KINDS,
  type TreatyJSON,
  treatyFile,
} from '@pactum/shared';
import { generateTreaty } from '../generateTreaty.ts';
import type { PactumProcess } from './startPactum.ts';

export const PARTIES: Party[] = [
  { code: 'UA', name: 'Ukraine' },
  { code: 'FR', name: 'France' },
  { code: 'DE', name: 'Germany' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'PL', name: 'Poland' },
  { code: 'NL', name: 'Netherlands' },
  { code: 'US', name: 'United States' },
  { code: 'CA', name: 'Canada' },
];

/** Tags as a real treaty has them: every article in a domain or two, one in four with a trigger, some commitments. */
function withRealisticTags(clause: ClauseJSON, index: number): ClauseJSON {
  const domains = index % 3 === 0 ? [...clause.domains, 'political-consultation'] : clause.domains;
  const threshold =
    index % 4 === 1
      ? {
          trigger: TRIGGER_KINDS[index % TRIGGER_KINDS.length] as (typeof TRIGGER_KINDS)[number],
          minSeverity: 1 + (index % 5),
          verifier: { kind: 'joint-monitoring-mission' as const, name: '' },
          activation: ACTIVATION_MODES[index % ACTIVATION_MODES.length] as (typeof ACTIVATION_MODES)[number],
          consultationHours: 24,
          assistanceHours: index % 2 === 0 ? 72 : null,
        }
      : null;
  const party = PARTIES[index % PARTIES.length] as Party;
  const commitments =
    index % 5 === 2
      ? [
          {
            id: `m-bench${String(index).padStart(6, '0')}`,
            party: party.code,
            domain: domains[0] ?? 'logistics',
            capability: 'Air defence batteries',
            quantity: 2 + (index % 7),
            unit: 'batteries',
          },
        ]
      : [];
  return { ...clause, domains, threshold, commitments };
}

/** The generated treaty of `clauses` articles with parties and realistic tags. */
export function benchTreaty(clauses: number, wordsPerClause: number): { json: TreatyJSON; words: number } {
  const { json, words } = generateTreaty(7, clauses, wordsPerClause);
  return { json: { ...json, parties: PARTIES, clauses: json.clauses.map(withRealisticTags) }, words };
}

const operator = (server: PactumProcess) => ({ authorization: `Bearer ${server.adminToken}` });

async function post<T>(url: string, headers: Record<string, string>, body: unknown, status: number) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (response.status !== status)
    throw new Error(`POST ${url} → ${response.status} ${await response.text()}`);
  return { body: (await response.json()) as T, response };
}

/** Imports the treaty as a treaty file (POST /api/imports, as the operator); returns its id. */
export async function importTreaty(server: PactumProcess, treaty: TreatyJSON): Promise<string> {
  const file = treatyFile(treaty, [], new Date().toISOString());
  const { body } = await post<{ id: string }>(`${server.url}/api/imports`, operator(server), file, 201);
  return body.id;
}

/** A drafter's invite for `delegation`, usable by any number of people. */
export async function inviteDrafters(
  server: PactumProcess,
  treatyId: string,
  delegation: string,
): Promise<CreatedInviteJSON & { url: string }> {
  const { body } = await post<CreatedInviteJSON>(
    `${server.url}/api/treaties/${treatyId}/invites`,
    operator(server),
    // Invites are single-use unless the chair asks for more.
    { delegation, role: 'drafter', maxUses: 1000 },
    201,
  );
  return { ...body, url: `${server.url}${body.path}` };
}

/** Joins through an invite as `displayName`; returns the session cookie. */
export async function joinAs(server: PactumProcess, token: string, displayName: string): Promise<string> {
  const { response } = await post(`${server.url}/api/invites/${token}/accept`, {}, { displayName }, 200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
