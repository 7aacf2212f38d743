import {
  CloseCode,
  type CreatedInviteJSON,
  type CreateInviteRequest,
  type InviteJSON,
  type InvitePreviewJSON,
  type MemberJSON,
  readTreatyTags,
  type SessionJSON,
} from '@pactum/shared';
import type { AuditLog } from '../audit/AuditLog.ts';
import type { RoomRegistry } from '../collab/RoomRegistry.ts';
import { DEFAULT_SESSION_IDLE_HOURS } from '../config.ts';
import { ConflictError, GoneError, InvalidError, NotFoundError } from '../DomainError.ts';
import type { TreatyService } from '../TreatyService.ts';
import { auditActor, type Principal, type TreatyAccess } from './AccessControl.ts';
import { type AccessStore, inviteJSON, inviteState, type MemberRow, memberJSON } from './AccessStore.ts';
import { newId, newSecret, secretHash } from './tokens.ts';

const DEFAULT_INVITE_HOURS = 7 * 24;
/** Without an explicit number from the chair, an invite lets one person in. */
const DEFAULT_INVITE_USES = 1;

/** The membership an accepted invite gave, and the fresh session that now holds it. */
export interface Joined {
  treatyId: string;
  member: MemberJSON;
  sessionToken: string;
}

/** Invites, members and sessions: the chair's tools and the invitee's door. */
export class AccessService {
  constructor(
    private readonly store: AccessStore,
    private readonly audit: AuditLog,
    private readonly treaties: TreatyService,
    private readonly rooms: RoomRegistry,
    /** A new session lasts this long without a request (PACTUM_SESSION_IDLE_HOURS). */
    private readonly sessionIdleMs = DEFAULT_SESSION_IDLE_HOURS * 3_600_000,
  ) {}

  createInvite(access: TreatyAccess, request: CreateInviteRequest): CreatedInviteJSON {
    if (request.role === 'drafter' && !this.#partyCodes(access.treatyId).includes(request.delegation)) {
      throw new InvalidError(
        `${request.delegation} is not a party of this treaty: add it to the parties first, or invite it as an observer`,
      );
    }
    const token = newSecret();
    const now = new Date();
    const invite = {
      id: newId('i'),
      treatyId: access.treatyId,
      delegation: request.delegation,
      role: request.role,
      createdBy: access.displayName,
      createdAt: now.toISOString(),
      expiresAt: new Date(
        now.getTime() + (request.expiresInHours ?? DEFAULT_INVITE_HOURS) * 3_600_000,
      ).toISOString(),
      maxUses: request.maxUses ?? DEFAULT_INVITE_USES,
    };
    this.store.db.transaction(() => {
      this.store.createInvite(invite, secretHash(token));
      this.audit.append(access.treatyId, auditActor(access), 'invite.created', {
        inviteId: invite.id,
        delegation: invite.delegation,
        role: invite.role,
        maxUses: invite.maxUses,
        expiresAt: invite.expiresAt,
      });
    })();
    return { ...inviteJSON({ ...invite, uses: 0, revokedAt: null }), token, path: `/invite/${token}` };
  }

  invites(treatyId: string): InviteJSON[] {
    return this.store.invites(treatyId).map(inviteJSON);
  }

  revokeInvite(access: TreatyAccess, inviteId: string): InviteJSON {
    const invite = this.store.invite(access.treatyId, inviteId);
    if (!invite) throw new NotFoundError(`no invite ${inviteId} in this treaty`);
    if (!invite.revokedAt) {
      this.store.db.transaction(() => {
        this.store.revokeInvite(invite.id, new Date().toISOString());
        this.audit.append(access.treatyId, auditActor(access), 'invite.revoked', { inviteId });
      })();
    }
    return inviteJSON(this.store.invite(access.treatyId, inviteId) as NonNullable<typeof invite>);
  }

  preview(token: string): InvitePreviewJSON {
    const invite = this.#usableInvite(token);
    return {
      treatyId: invite.treatyId,
      treatyTitle: this.treaties.summary(invite.treatyId).title,
      delegation: invite.delegation,
      role: invite.role,
      expiresAt: invite.expiresAt,
    };
  }

  /**
   * Joins the invite's treaty with a fresh session, never the one the browser
   * arrived with: a cookie planted in someone's browser must not receive their
   * membership. A person already signed in keeps their other treaties (moved to
   * the new session, the old one ends); one already a member is not counted twice.
   */
  accept(token: string, displayName: string, principal: Principal | null): Joined {
    return this.store.db.transaction((): Joined => {
      const invite = this.#usableInvite(token);
      const now = new Date();
      const sessionToken = newSecret();
      const sessionId = newId('s');
      const expires = new Date(now.getTime() + this.sessionIdleMs).toISOString();
      this.store.createSession(sessionId, secretHash(sessionToken), displayName, expires);
      if (principal?.kind === 'session') {
        this.store.moveMemberships(principal.session.id, sessionId);
        this.store.endSession(principal.session.id, now.toISOString());
        const existing = this.store.activeMember(sessionId, invite.treatyId);
        if (existing) return { treatyId: invite.treatyId, member: memberJSON(existing), sessionToken };
      }
      const member: Omit<MemberRow, 'revokedAt'> = {
        id: newId('m'),
        treatyId: invite.treatyId,
        sessionId,
        displayName,
        delegation: invite.delegation,
        role: invite.role,
        joinedAt: now.toISOString(),
      };
      this.store.addMember(member, invite.id);
      this.store.countInviteUse(invite.id);
      this.audit.append(
        invite.treatyId,
        { kind: 'member', memberId: member.id, name: displayName, delegation: member.delegation },
        'member.joined',
        { inviteId: invite.id, role: member.role },
      );
      return { treatyId: invite.treatyId, member: memberJSON({ ...member, revokedAt: null }), sessionToken };
    })();
  }

  /** Ends the session: its cookie opens nothing any more and its open sockets close (4401) now. */
  signOut(principal: Principal): void {
    if (principal.kind === 'operator') {
      throw new InvalidError('the operator token has no session to sign out of');
    }
    const memberships = this.store.memberships(principal.session.id);
    this.store.endSession(principal.session.id, new Date().toISOString());
    for (const member of memberships) {
      this.rooms.get(member.treatyId)?.disconnectMember(member.id, CloseCode.Unauthorized, 'signed out');
    }
  }

  /** Makes the creator of a new treaty its chair (an operator creates it without becoming a member). */
  addCreator(treatyId: string, principal: Principal, delegation: string): void {
    this.store.db.transaction(() => {
      if (principal.kind === 'operator') {
        this.audit.append(treatyId, { kind: 'operator', name: 'Operator' }, 'treaty.created', {});
        return;
      }
      const member = {
        id: newId('m'),
        treatyId,
        sessionId: principal.session.id,
        displayName: principal.session.displayName,
        delegation,
        role: 'chair' as const,
        joinedAt: new Date().toISOString(),
      };
      this.store.addMember(member, null);
      this.audit.append(
        treatyId,
        { kind: 'member', memberId: member.id, name: member.displayName, delegation },
        'treaty.created',
        { role: 'chair' },
      );
    })();
  }

  members(treatyId: string): MemberJSON[] {
    return this.store.members(treatyId).map(memberJSON);
  }

  /** Ends a member's access: later calls get 403 and their open connections close with 4403 now. */
  revokeMember(access: TreatyAccess, memberId: string): MemberJSON {
    const member = this.store.member(access.treatyId, memberId);
    if (!member) throw new NotFoundError(`no member ${memberId} in this treaty`);
    if (access.member?.id === memberId) {
      throw new ConflictError('a chair cannot revoke their own membership');
    }
    if (!member.revokedAt) {
      this.store.db.transaction(() => {
        this.store.revokeMember(memberId, new Date().toISOString());
        this.audit.append(access.treatyId, auditActor(access), 'member.revoked', {
          memberId,
          delegation: member.delegation,
          role: member.role,
        });
      })();
    }
    this.rooms.get(access.treatyId)?.disconnectMember(memberId, CloseCode.Forbidden, 'access revoked');
    return memberJSON(this.store.member(access.treatyId, memberId) as MemberRow);
  }

  session(principal: Principal): SessionJSON {
    if (principal.kind === 'operator') return { displayName: 'Operator', memberships: [] };
    return {
      displayName: principal.session.displayName,
      memberships: this.store.memberships(principal.session.id).map(memberJSON),
    };
  }

  /** Treaty ids the principal may list; null means all (operator). */
  visibleTreatyIds(principal: Principal): Set<string> | null {
    if (principal.kind === 'operator') return null;
    return new Set(this.store.memberships(principal.session.id).map((member) => member.treatyId));
  }

  /** Whether the caller's delegation is a party of the treaty (parties sign off). */
  isParty(access: TreatyAccess): boolean {
    return access.delegation !== null && this.#partyCodes(access.treatyId).includes(access.delegation);
  }

  #usableInvite(token: string) {
    const invite = /^[A-Za-z0-9_-]{20,100}$/.test(token)
      ? this.store.inviteByTokenHash(secretHash(token))
      : null;
    if (!invite) throw new NotFoundError('This invite link is not valid.');
    const state = inviteState(invite);
    if (state !== 'usable') {
      throw new GoneError(
        `This invite link has been ${state === 'used up' ? 'used up' : state}. Ask the chair for a new one.`,
      );
    }
    return invite;
  }

  #partyCodes(treatyId: string): string[] {
    return this.treaties.withDoc(treatyId, (doc) => readTreatyTags(doc).parties.map((party) => party.code));
  }
}
