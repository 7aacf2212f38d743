import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MemberRow } from '../AccessRepository.ts';
import type { OpenStorage } from './OpenStorage.ts';
import { edit } from './textLog.ts';

const LATER = '2099-01-01T00:00:00.000Z';

function member(
  id: string,
  sessionId: string,
  joinedDay: number,
  treatyId = 't-one',
): Omit<MemberRow, 'revokedAt'> {
  return {
    id,
    treatyId,
    sessionId,
    displayName: 'Olena',
    delegation: 'UA',
    role: 'drafter',
    joinedAt: `2026-01-${String(joinedDay).padStart(2, '0')}T00:00:00.000Z`,
  };
}

export function accessContract(open: OpenStorage): void {
  describe('access', () => {
    it('finds a session by its token hash and moves or ends it', async () => {
      const store = await open();
      await store.access.createSession('s-one', 'hash-one', 'Olena', '2026-05-01T00:00:00.000Z');
      expect(await store.access.sessionByTokenHash('hash-one')).toEqual({
        id: 's-one',
        displayName: 'Olena',
        expiresAt: '2026-05-01T00:00:00.000Z',
        activeMemberships: 0,
      });
      expect(await store.access.sessionByTokenHash('hash-none')).toBeNull();
      await store.access.touchSession('s-one', '2026-06-01T00:00:00.000Z');
      expect(await store.access.sessionByTokenHash('hash-one')).toMatchObject({
        expiresAt: '2026-06-01T00:00:00.000Z',
      });
      await store.access.endSession('s-one', '2026-05-15T00:00:00.000Z');
      // Ending again later does not move the end forward.
      await store.access.endSession('s-one', '2026-05-20T00:00:00.000Z');
      expect(await store.access.sessionByTokenHash('hash-one')).toMatchObject({
        expiresAt: '2026-05-15T00:00:00.000Z',
      });
      await expect(store.access.createSession('s-two', 'hash-one', 'Copy', LATER)).rejects.toThrow();
    });

    it('keeps invites: by token, by treaty, newest first, their uses and revocation', async () => {
      const store = await open();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(new Y.Doc(), 'a'));
      const invite = (id: string, createdAt: string) => ({
        id,
        treatyId: 't-one',
        delegation: 'UA',
        role: 'drafter' as const,
        createdBy: 'Operator',
        createdAt,
        expiresAt: LATER,
        maxUses: id === 'i-B' ? null : 2,
      });
      await store.access.createInvite(invite('i-old', '2026-01-01T00:00:00.000Z'), 'token-old');
      await store.access.createInvite(invite('i-a', '2026-01-02T00:00:00.000Z'), 'token-a');
      await store.access.createInvite(invite('i-B', '2026-01-02T00:00:00.000Z'), 'token-b');

      // Equal times sort by id byte by byte, upper case first, whatever the database's locale.
      expect((await store.access.invites('t-one')).map((i) => i.id)).toEqual(['i-B', 'i-a', 'i-old']);
      expect(await store.access.inviteByTokenHash('token-a')).toEqual({
        ...invite('i-a', '2026-01-02T00:00:00.000Z'),
        uses: 0,
        revokedAt: null,
      });
      expect(await store.access.inviteByTokenHash('token-none')).toBeNull();
      expect(await store.access.invite('t-one', 'i-B')).toMatchObject({ maxUses: null });
      expect(await store.access.invite('t-two', 'i-B')).toBeNull();

      await store.access.countInviteUse('i-a');
      await store.access.countInviteUse('i-a');
      await store.access.revokeInvite('i-a', '2026-01-03T00:00:00.000Z');
      await store.access.revokeInvite('i-a', '2026-01-04T00:00:00.000Z');
      expect(await store.access.invite('t-one', 'i-a')).toMatchObject({
        uses: 2,
        revokedAt: '2026-01-03T00:00:00.000Z',
      });
    });

    it('keeps members: one active membership per session and treaty, revocation, counts', async () => {
      const store = await open();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(new Y.Doc(), 'a'));
      await store.treaties.create('t-two', { title: 'Two', clauseCount: 1 }, edit(new Y.Doc(), 'b'));
      expect(await store.access.memberCount()).toBe(0);
      await store.access.createSession('s-one', 'hash-one', 'Olena', LATER);
      await store.access.createInvite(
        {
          id: 'i-one',
          treatyId: 't-one',
          delegation: 'UA',
          role: 'drafter',
          createdBy: 'Operator',
          createdAt: '2026-01-01T00:00:00.000Z',
          expiresAt: LATER,
          maxUses: 1,
        },
        'token-one',
      );
      await store.access.addMember(member('m-1', 's-one', 1), 'i-one');
      await store.access.addMember(member('m-22', 's-one', 2, 't-two'), null);
      await expect(store.access.addMember(member('m-333', 's-one', 3), null)).rejects.toThrow();

      expect(await store.access.memberCount()).toBe(2);
      expect(await store.access.activeMember('s-one', 't-one')).toEqual({
        ...member('m-1', 's-one', 1),
        revokedAt: null,
      });
      expect(await store.access.member('t-one', 'm-1')).toMatchObject({ id: 'm-1', sessionId: 's-one' });
      expect(await store.access.member('t-two', 'm-1')).toBeNull();
      expect((await store.access.memberships('s-one')).map((m) => m.id)).toEqual(['m-1', 'm-22']);
      expect(await store.access.sessionByTokenHash('hash-one')).toMatchObject({ activeMemberships: 2 });

      await store.access.revokeMember('m-1', '2026-02-01T00:00:00.000Z');
      await store.access.revokeMember('m-1', '2026-03-01T00:00:00.000Z');
      expect(await store.access.activeMember('s-one', 't-one')).toBeNull();
      expect(await store.access.member('t-one', 'm-1')).toMatchObject({
        revokedAt: '2026-02-01T00:00:00.000Z',
      });
      expect((await store.access.memberships('s-one')).map((m) => m.id)).toEqual(['m-22']);
      expect(await store.access.sessionByTokenHash('hash-one')).toMatchObject({ activeMemberships: 1 });
      expect(await store.access.memberCount()).toBe(2);

      // Revoked, the session may join the treaty again.
      await store.access.addMember(member('m-4444', 's-one', 4), null);
      expect((await store.access.members('t-one')).map((m) => m.id)).toEqual(['m-1', 'm-4444']);
    });

    it('hands every membership of a session to another', async () => {
      const store = await open();
      await store.treaties.create('t-one', { title: 'One', clauseCount: 1 }, edit(new Y.Doc(), 'a'));
      await store.access.createSession('s-old', 'hash-old', 'Olena', LATER);
      await store.access.createSession('s-new', 'hash-new', 'Olena', LATER);
      await store.access.addMember(member('m-1', 's-old', 1), null);
      await store.access.moveMemberships('s-old', 's-new');
      expect(await store.access.memberships('s-old')).toEqual([]);
      expect(await store.access.activeMember('s-new', 't-one')).toMatchObject({
        id: 'm-1',
        sessionId: 's-new',
      });
      expect(await store.access.sessionByTokenHash('hash-old')).toMatchObject({ activeMemberships: 0 });
      expect(await store.access.sessionByTokenHash('hash-new')).toMatchObject({ activeMemberships: 1 });
    });
  });
}
