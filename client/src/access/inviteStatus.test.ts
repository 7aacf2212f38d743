import type { InviteJSON } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { inviteStatus, inviteUses } from './inviteStatus.ts';

const now = new Date('2026-03-12T12:00:00Z');
const invite = (patch: Partial<InviteJSON>): InviteJSON => ({
  id: 'i-1',
  delegation: 'UA',
  role: 'drafter',
  createdAt: '2026-03-10T12:00:00Z',
  expiresAt: '2026-03-17T12:00:00Z',
  maxUses: null,
  uses: 0,
  revokedAt: null,
  usable: true,
  createdBy: 'Anna Nowak',
  ...patch,
});

describe('inviteStatus', () => {
  it('is active until it expires, is used up or is revoked', () => {
    expect(inviteStatus(invite({}), now)).toBe('active');
    expect(inviteStatus(invite({ maxUses: 2, uses: 1 }), now)).toBe('active');
    expect(inviteStatus(invite({ maxUses: 2, uses: 2 }), now)).toBe('used up');
    expect(inviteStatus(invite({ expiresAt: '2026-03-12T12:00:00Z' }), now)).toBe('expired');
    expect(inviteStatus(invite({ revokedAt: '2026-03-11T09:00:00Z', maxUses: 1, uses: 1 }), now)).toBe(
      'revoked',
    );
  });
});

describe('inviteUses', () => {
  it('counts uses against the limit, if there is one', () => {
    expect(inviteUses({ uses: 1, maxUses: 5 })).toBe('1 of 5 uses');
    expect(inviteUses({ uses: 0, maxUses: 1 })).toBe('0 of 1 use');
    expect(inviteUses({ uses: 1, maxUses: null })).toBe('1 used · unlimited');
    expect(inviteUses({ uses: 3, maxUses: null })).toBe('3 used · unlimited');
  });
});
