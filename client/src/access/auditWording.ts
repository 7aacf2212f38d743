import type { AuditActor, AuditVerification } from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';
import { formatWhen } from '../lib/formatWhen.ts';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * `invite.created` → "Invite created" in the interface language. Events the
 * messages do not name yet read as their dotted name in words.
 */
export function auditEventLabel(event: string): string {
  const key = `access:audit.event.${event}`;
  if (/^[a-z]+\.[a-z]+$/.test(event) && i18next.exists(key)) {
    return i18next.t(key as 'access:audit.event.invite.created');
  }
  const words = event.replace(/[._-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function auditActorLabel(actor: AuditActor): string {
  if (actor.kind === 'operator') return i18next.t('access:audit.operator');
  return actor.delegation ? `${actor.name} · ${actor.delegation}` : actor.name;
}

function detailValue(value: unknown, formatTime: (iso: string) => string): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map((item) => detailValue(item, formatTime)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' && ISO_TIME.test(value)) return formatTime(value);
  if (typeof value === 'boolean') return i18next.t(value ? 'access:audit.true' : 'access:audit.false');
  return String(value);
}

/** A detail's name in the interface language; a name the messages do not know reads as the server wrote it. */
function detailName(key: string): string {
  const message = `access:audit.detail.${key}`;
  return /^[A-Za-z]+$/.test(key) && i18next.exists(message)
    ? i18next.t(message as 'access:audit.detail.role')
    : key;
}

/** The details of an entry as "name: value" pairs, in the order the server wrote them; times read as times. */
export function auditDetails(details: Record<string, unknown>, formatTime = formatWhen): string[] {
  return Object.entries(details).map(
    ([key, value]) => `${detailName(key)}: ${detailValue(value, formatTime)}`,
  );
}

/** Why the chain is broken, worded from the shared check's reason (which is in English). */
function brokenReason(reason: string): string {
  const t = i18next.t;
  const sequence = /^entry (\d+) carries sequence number (\d+)$/.exec(reason);
  if (sequence) return t('access:audit.reason.sequence', { entry: sequence[1], seq: sequence[2] });
  const link = /^entry (\d+) does not point to the hash of entry (\d+)$/.exec(reason);
  if (link) return t('access:audit.reason.link', { entry: link[1], previous: link[2] });
  const changed = /^entry (\d+) was changed after it was written$/.exec(reason);
  if (changed) return t('access:audit.reason.changed', { entry: changed[1] });
  return reason;
}

/** The verdict of a chain check, in one sentence. */
export function auditVerdict(result: AuditVerification): string {
  if (!result.ok) {
    return i18next.t('access:audit.broken', { entry: result.brokenAt, reason: brokenReason(result.reason) });
  }
  return i18next.t('access:audit.intact', { count: result.entries, hash: result.lastHash.slice(0, 12) });
}
