import { type AuditEntry, auditEntryHash, GENESIS_HASH, verifyAuditChain } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { auditActorLabel, auditDetails, auditEventLabel, auditVerdict } from './auditWording.ts';

function chain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let seq = 1; seq <= length; seq++) {
    const entry = {
      treatyId: 't-1',
      seq,
      at: `2026-03-12T12:0${seq}:00.000Z`,
      actor: { kind: 'operator' as const, name: 'Operator' },
      event: 'treaty.created',
      details: {},
      prevHash: entries.at(-1)?.hash ?? GENESIS_HASH,
    };
    entries.push({ ...entry, hash: auditEntryHash(entry) });
  }
  return entries;
}

describe('audit wording', () => {
  it('reads dotted event names as words', () => {
    expect(auditEventLabel('invite.created')).toBe('Invite created');
    expect(auditEventLabel('member.revoked')).toBe('Member revoked');
    expect(auditEventLabel('signoff_given.ad-referendum')).toBe('Signoff given ad referendum');
  });

  it('names the events the server writes from the messages, and any other by its words', () => {
    expect(auditEventLabel('signoff.given')).toBe('Signoff given');
    expect(auditEventLabel('reservation.entered')).toBe('Reservation entered');
    expect(auditEventLabel('brand.new')).toBe('Brand new');
  });

  it('words every verdict of the shared chain check, with the reason as the check gives it', () => {
    expect(auditVerdict(verifyAuditChain(chain(1)))).toMatch(
      /^The chain is intact: 1 entry, last hash [0-9a-f]{12}…$/,
    );
    expect(auditVerdict(verifyAuditChain(chain(3)))).toMatch(/^The chain is intact: 3 entries, last hash /);
    const broken = [
      chain(3).map((entry) => (entry.seq === 2 ? { ...entry, details: { changed: true } } : entry)),
      chain(3).filter((entry) => entry.seq !== 2),
      chain(3).map((entry) => (entry.seq === 3 ? { ...entry, prevHash: GENESIS_HASH } : entry)),
    ];
    for (const entries of broken) {
      const result = verifyAuditChain(entries);
      if (result.ok) throw new Error('the chain should be broken');
      expect(auditVerdict(result)).toBe(`The chain is broken at entry ${result.brokenAt}: ${result.reason}.`);
    }
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
      sample: true,
      'some-key': 1,
    };
    expect(auditDetails(details, (iso) => `<${iso.slice(0, 10)}>`)).toEqual([
      'delegation: UA',
      'role: drafter',
      'maxUses: —',
      'clauses: c-1, c-2',
      'expiresAt: <2026-12-02>',
      'sample: true',
      'some-key: 1',
    ]);
  });
});
