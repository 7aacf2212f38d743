import type {
  AuditEntry,
  AuditVerification,
  CreatedInviteJSON,
  CreateInviteRequest,
  InviteJSON,
  InvitePreviewJSON,
  MeJSON,
  MemberJSON,
  SessionJSON,
} from '@pactum/shared';
import { ApiRequestError, request } from '../api/treatyApi.ts';

const treaty = (treatyId: string) => `/api/treaties/${encodeURIComponent(treatyId)}`;
const invite = (token: string) => `/api/invites/${encodeURIComponent(token)}`;
const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const DELETE: RequestInit = { method: 'DELETE' };

/** The browser's session, or null when it has none (the server answered 401). */
export async function readSession(): Promise<SessionJSON | null> {
  try {
    return await request<SessionJSON>('/api/session');
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

/** Ends the session on the server; its cookie opens nothing afterwards. */
export async function signOut(): Promise<void> {
  await request('/api/session/sign-out', post({}));
}

export function previewInvite(token: string): Promise<InvitePreviewJSON> {
  return request(invite(token));
}

export function acceptInvite(
  token: string,
  displayName: string,
): Promise<{ treatyId: string; member: MemberJSON }> {
  return request(`${invite(token)}/accept`, post({ displayName }));
}

export function readMe(treatyId: string): Promise<MeJSON> {
  return request(`${treaty(treatyId)}/me`);
}

export async function listMembers(treatyId: string): Promise<MemberJSON[]> {
  return (await request<{ members: MemberJSON[] }>(`${treaty(treatyId)}/members`)).members;
}

export function revokeMember(treatyId: string, memberId: string): Promise<MemberJSON> {
  return request(`${treaty(treatyId)}/members/${encodeURIComponent(memberId)}`, DELETE);
}

export async function listInvites(treatyId: string): Promise<InviteJSON[]> {
  return (await request<{ invites: InviteJSON[] }>(`${treaty(treatyId)}/invites`)).invites;
}

export function createInvite(treatyId: string, body: CreateInviteRequest): Promise<CreatedInviteJSON> {
  return request(`${treaty(treatyId)}/invites`, post(body));
}

export function revokeInvite(treatyId: string, inviteId: string): Promise<InviteJSON> {
  return request(`${treaty(treatyId)}/invites/${encodeURIComponent(inviteId)}`, DELETE);
}

export async function readAuditLog(treatyId: string): Promise<AuditEntry[]> {
  return (await request<{ entries: AuditEntry[] }>(`${treaty(treatyId)}/audit`)).entries;
}

export function verifyAuditLog(treatyId: string): Promise<AuditVerification> {
  return request(`${treaty(treatyId)}/audit/verify`);
}
