import { describe, expect, it } from 'vitest';
import { type AuditEntry, auditEntryHash, GENESIS_HASH, verifyAuditChain } from './auditChain.ts';

function chain(events: string[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  events.forEach((event, index) => {
    const entry = {
      treatyId: 't-1',
      seq: index + 1,
      at: `2026-11-30T10:00:0${index}.000Z`,
      actor: { kind: 'member' as const, memberId: 'm-1', name: 'Olena', delegation: 'UA' },
      event,
      details: { clauseId: `c-${index}` },
      prevHash,
    };
    const full = { ...entry, hash: auditEntryHash(entry) };
    entries.push(full);
    prevHash = full.hash;
  });
  return entries;
}

describe('verifyAuditChain', () => {
  const events = ['invite.created', 'member.joined', 'signoff.given', 'bracket.placed', 'version.named'];

  it('accepts an intact chain and reports its last hash', () => {
    const entries = chain(events);
    expect(verifyAuditChain(entries)).toEqual({ ok: true, entries: 5, lastHash: entries[4]?.hash });
    expect(verifyAuditChain([])).toMatchObject({ ok: true, entries: 0 });
  });

  it('finds a changed entry', () => {
    const entries = chain(events);
    entries[2] = { ...(entries[2] as AuditEntry), details: { clauseId: 'c-forged' } };
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('finds a changed entry even when its own hash was recomputed', () => {
    const entries = chain(events);
    const forged = { ...(entries[1] as AuditEntry), actor: { kind: 'operator' as const, name: 'x' } };
    entries[1] = { ...forged, hash: auditEntryHash(forged) };
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('finds a deleted entry', () => {
    const entries = chain(events);
    entries.splice(1, 1);
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('finds reordered entries', () => {
    const entries = chain(events);
    const [third, fourth] = [entries[2] as AuditEntry, entries[3] as AuditEntry];
    entries[2] = fourth;
    entries[3] = third;
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, brokenAt: 3 });
  });
});
