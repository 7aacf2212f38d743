import type { CreatedInviteJSON, CreateInviteRequest } from '@pactum/shared';
import type { RunningServer } from './startServer.ts';

/** Headers that make a request act as the operator (PACTUM_ADMIN_TOKEN). */
export function operatorHeaders(server: Pick<RunningServer, 'adminToken'>): Record<string, string> {
  return { authorization: `Bearer ${server.adminToken}` };
}

/** The chair's invite for a delegation and role, made with the operator token; `url` is the link to open. */
export async function createInvite(
  server: Pick<RunningServer, 'url' | 'adminToken'>,
  treatyId: string,
  invite: CreateInviteRequest,
): Promise<CreatedInviteJSON & { url: string }> {
  const response = await fetch(`${server.url}/api/treaties/${treatyId}/invites`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...operatorHeaders(server) },
    body: JSON.stringify(invite),
  });
  if (response.status !== 201) throw new Error(`create invite → ${response.status} ${await response.text()}`);
  const created = (await response.json()) as CreatedInviteJSON;
  return { ...created, url: `${server.url}${created.path}` };
}

/** Accepts an invite as a new person; returns the session cookie to send with later calls. */
export async function joinWithInvite(
  server: Pick<RunningServer, 'url'>,
  token: string,
  displayName: string,
): Promise<{ cookie: string; memberId: string }> {
  const response = await fetch(`${server.url}/api/invites/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ displayName }),
  });
  if (response.status !== 200) throw new Error(`accept invite → ${response.status} ${await response.text()}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0] ?? '';
  const body = (await response.json()) as { member: { id: string } };
  return { cookie, memberId: body.member.id };
}

export interface TestMember {
  memberId: string;
  /** `cookie` header of the member's session, for fetch and CollabClient. */
  headers: Record<string, string>;
}

/** A new person who joined `treatyId` through a fresh invite for `delegation` and `role`. */
export async function memberOf(
  server: Pick<RunningServer, 'url' | 'adminToken'>,
  treatyId: string,
  displayName: string,
  delegation: string,
  role: CreateInviteRequest['role'] = 'drafter',
): Promise<TestMember> {
  const invite = await createInvite(server, treatyId, { delegation, role });
  const { cookie, memberId } = await joinWithInvite(server, invite.token, displayName);
  return { memberId, headers: { cookie } };
}

/**
 * A JSON call with explicit headers (none = anonymous); returns status and parsed body.
 * The body is loosely typed on purpose: tests assert its shape.
 */
export async function call(
  server: Pick<RunningServer, 'url'>,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown } = {},
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked by the assertions
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
