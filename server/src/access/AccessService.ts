import {
  ApiErrorCode,
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
import type { AccessRepository, MemberRow } from '../persistence/AccessRepository.ts';
import type { Storage, StorageScope } from '../persistence/Storage.ts';
import type { TreatyService } from '../TreatyService.ts';
import { auditActor, type Principal, type TreatyAccess } from './AccessControl.ts';
import { inviteJSON, inviteState, memberJSON } from './accessJSON.ts';
import { newId, newSecret, secretHash } from './tokens.ts';

const DEFAULT_INVITE_HOURS = 7 * 24;
/** Without an explicit number from the chair, an invite lets one person in. */
const DEFAULT_INVITE_USES = 1;

/** Why an invite link can no longer be used, as the client words it. */
const INVITE_STATE_CODE = {
  revoked: ApiErrorCode.InviteRevoked,
  expired: ApiErrorCode.InviteExpired,
  'used up': ApiErrorCode.InviteUsedUp,
} as const;

/** The membership an accepted invite gave, and the fresh session that now holds it. */
export interface Joined {
  treatyId: string;
  member: MemberJSON;
  sessionToken: string;
}

/** Invites, members and sessions: the chair's tools and the invitee's door. */
export class AccessService {
  constructor(
    private readonly storage: Storage,
    private readonly audit: AuditLog,
    private readonly treaties: TreatyService,
    private readonly rooms: RoomRegistry,
    /** A new session lasts this long without a request (PACTUM_SESSION_IDLE_HOURS). */
    private readonly sessionIdleMs = DEFAULT_SESSION_IDLE_HOURS * 3_600_000,
  ) {}

  get #store(): AccessRepository {
    return this.storage.access;
  }

  /** A new invite, audited; with `scope`, inside that transaction. */
  async createInvite(
    access: TreatyAccess,
    request: CreateInviteRequest,
    scope?: StorageScope,
  ): Promise<CreatedInviteJSON> {
    if (
      request.role === 'drafter' &&
      !(await this.#partyCodes(access.treatyId)).includes(request.delegation)
    ) {
      throw new InvalidError(
        `${request.delegation} is not a party of this treaty: add it to the parties first, or invite it as an observer`,
        ApiErrorCode.DrafterNeedsParty,
        { delegation: request.delegation },
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
    const write = async ({ access: store, audit }: StorageScope) => {
      await store.createInvite(invite, secretHash(token));
      await audit.append(access.treatyId, auditActor(access), 'invite.created', {
        inviteId: invite.id,
        delegation: invite.delegation,
        role: invite.role,
        maxUses: invite.maxUses,
        expiresAt: invite.expiresAt,
      });
    };
    await (scope ? write(scope) : this.storage.transaction(write));
    return { ...inviteJSON({ ...invite, uses: 0, revokedAt: null }), token, path: `/invite/${token}` };
  }

  async invites(treatyId: string): Promise<InviteJSON[]> {
    return (await this.#store.invites(treatyId)).map(inviteJSON);
  }

  async revokeInvite(access: TreatyAccess, inviteId: string): Promise<InviteJSON> {
    const invite = await this.#store.invite(access.treatyId, inviteId);
    if (!invite) throw new NotFoundError(`no invite ${inviteId} in this treaty`, ApiErrorCode.InviteNotFound);
    if (!invite.revokedAt) {
      await this.storage.transaction(async (scope) => {
        await scope.access.revokeInvite(invite.id, new Date().toISOString());
        await scope.audit.append(access.treatyId, auditActor(access), 'invite.revoked', { inviteId });
      });
    }
    return inviteJSON((await this.#store.invite(access.treatyId, inviteId)) as NonNullable<typeof invite>);
  }

  async preview(token: string): Promise<InvitePreviewJSON> {
    const invite = await this.#usableInvite(this.#store, token);
    return {
      treatyId: invite.treatyId,
      treatyTitle: (await this.treaties.summary(invite.treatyId)).title,
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
  accept(token: string, displayName: string, principal: Principal | null): Promise<Joined> {
    return this.storage.transaction(async ({ access: store, audit }): Promise<Joined> => {
      const invite = await this.#usableInvite(store, token);
      const now = new Date();
      const sessionToken = newSecret();
      const sessionId = newId('s');
      const expires = new Date(now.getTime() + this.sessionIdleMs).toISOString();
      await store.createSession(sessionId, secretHash(sessionToken), displayName, expires);
      if (principal?.kind === 'session') {
        await store.moveMemberships(principal.session.id, sessionId);
        await store.endSession(principal.session.id, now.toISOString());
        const existing = await store.activeMember(sessionId, invite.treatyId);
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
      await store.addMember(member, invite.id);
      await store.countInviteUse(invite.id);
      await audit.append(
        invite.treatyId,
        { kind: 'member', memberId: member.id, name: displayName, delegation: member.delegation },
        'member.joined',
        { inviteId: invite.id, role: member.role },
      );
      return { treatyId: invite.treatyId, member: memberJSON({ ...member, revokedAt: null }), sessionToken };
    });
  }

  /** Ends the session: its cookie opens nothing any more and its open sockets close (4401) now. */
  async signOut(principal: Principal): Promise<void> {
    if (principal.kind === 'operator') {
      throw new InvalidError(
        'the operator token has no session to sign out of',
        ApiErrorCode.OperatorHasNoSession,
      );
    }
    const memberships = await this.#store.memberships(principal.session.id);
    await this.#store.endSession(principal.session.id, new Date().toISOString());
    for (const member of memberships) {
      this.rooms.disconnectMember(member.treatyId, member.id, CloseCode.Unauthorized, 'signed out');
    }
  }

  /**
   * Makes the creator of a new treaty its chair (an operator creates it
   * without becoming a member); with `within`, inside that transaction.
   */
  addCreator(
    treatyId: string,
    principal: Principal,
    delegation: string,
    within?: StorageScope,
  ): Promise<void> {
    const write = async (scope: StorageScope) => {
      if (principal.kind === 'operator') {
        await scope.audit.append(treatyId, { kind: 'operator', name: 'Operator' }, 'treaty.created', {});
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
      await scope.access.addMember(member, null);
      await scope.audit.append(
        treatyId,
        { kind: 'member', memberId: member.id, name: member.displayName, delegation },
        'treaty.created',
        { role: 'chair' },
      );
    };
    return within ? write(within) : this.storage.transaction(write);
  }

  async members(treatyId: string): Promise<MemberJSON[]> {
    return (await this.#store.members(treatyId)).map(memberJSON);
  }

  /** Ends a member's access: later calls get 403 and their open connections close with 4403 now. */
  async revokeMember(access: TreatyAccess, memberId: string): Promise<MemberJSON> {
    const member = await this.#store.member(access.treatyId, memberId);
    if (!member) throw new NotFoundError(`no member ${memberId} in this treaty`, ApiErrorCode.MemberNotFound);
    if (access.member?.id === memberId) {
      throw new ConflictError(
        'a chair cannot revoke their own membership',
        ApiErrorCode.ChairCannotRevokeSelf,
      );
    }
    if (!member.revokedAt) {
      await this.storage.transaction(async (scope) => {
        await scope.access.revokeMember(memberId, new Date().toISOString());
        await scope.audit.append(access.treatyId, auditActor(access), 'member.revoked', {
          memberId,
          delegation: member.delegation,
          role: member.role,
        });
      });
    }
    this.rooms.disconnectMember(access.treatyId, memberId, CloseCode.Forbidden, 'access revoked');
    return memberJSON((await this.#store.member(access.treatyId, memberId)) as MemberRow);
  }

  async session(principal: Principal): Promise<SessionJSON> {
    if (principal.kind === 'operator') return { displayName: 'Operator', memberships: [] };
    return {
      displayName: principal.session.displayName,
      memberships: (await this.#store.memberships(principal.session.id)).map(memberJSON),
    };
  }

  /** Treaty ids the principal may list; null means all (operator). */
  async visibleTreatyIds(principal: Principal): Promise<Set<string> | null> {
    if (principal.kind === 'operator') return null;
    return new Set((await this.#store.memberships(principal.session.id)).map((member) => member.treatyId));
  }

  /** Whether the caller's delegation is a party of the treaty (parties sign off). */
  async isParty(access: TreatyAccess): Promise<boolean> {
    return (
      access.delegation !== null && (await this.#partyCodes(access.treatyId)).includes(access.delegation)
    );
  }

  async #usableInvite(store: AccessRepository, token: string) {
    const invite = /^[A-Za-z0-9_-]{20,100}$/.test(token)
      ? await store.inviteByTokenHash(secretHash(token))
      : null;
    if (!invite) throw new NotFoundError('This invite link is not valid.', ApiErrorCode.InviteInvalid);
    const state = inviteState(invite);
    if (state !== 'usable') {
      throw new GoneError(
        `This invite link has been ${state === 'used up' ? 'used up' : state}. Ask the chair for a new one.`,
        INVITE_STATE_CODE[state],
      );
    }
    return invite;
  }

  #partyCodes(treatyId: string): Promise<string[]> {
    return this.treaties.withDoc(treatyId, (doc) => readTreatyTags(doc).parties.map((party) => party.code));
  }
}
