import { describe, expect, it } from 'vitest';
import { auditActorLabel, auditDetails, auditEventLabel } from './auditWording.ts';

describe('audit wording', () => {
  it('reads dotted event names as words', () => {
    expect(auditEventLabel('invite.created')).toBe('Invite created');
    expect(auditEventLabel('member.revoked')).toBe('Member revoked');
    expect(auditEventLabel('signoff_given.ad-referendum')).toBe('Signoff given ad referendum');
  });

  it('names the actor with their delegation, and marks the operator', () => {
    expect(auditActorLabel({ kind: 'member', memberId: 'm-1', name: 'Olena', delegation: 'UA' })).toBe(
      'Olena · UA',
    );
    expect(auditActorLabel({ kind: 'operator', name: 'admin' })).toBe('Operator');
  });

  it('lists the details as key: value, with times formatted', () => {
    const details = {
      delegation: 'UA',
      role: 'drafter',
      maxUses: null,
      clauses: ['c-1', 'c-2'],
      expiresAt: '2026-12-02T05:58:02.280Z',
    };
    expect(auditDetails(details, (iso) => `<${iso.slice(0, 10)}>`)).toEqual([
      'delegation: UA',
      'role: drafter',
      'maxUses: —',
      'clauses: c-1, c-2',
      'expiresAt: <2026-12-02>',
    ]);
  });
});
