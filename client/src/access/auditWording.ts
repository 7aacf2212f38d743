import type { AuditActor } from '@pactum/shared';
import { formatWhen } from '../lib/formatWhen.ts';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** `invite.created` → "Invite created": events are dotted names, new ones need no table here. */
export function auditEventLabel(event: string): string {
  const words = event.replace(/[._-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function auditActorLabel(actor: AuditActor): string {
  if (actor.kind === 'operator') return 'Operator';
  return actor.delegation ? `${actor.name} · ${actor.delegation}` : actor.name;
}

function detailValue(value: unknown, formatTime: (iso: string) => string): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map((item) => detailValue(item, formatTime)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' && ISO_TIME.test(value)) return formatTime(value);
  return String(value);
}

/** The details of an entry as "key: value" pairs, in the order the server wrote them; times read as times. */
export function auditDetails(details: Record<string, unknown>, formatTime = formatWhen): string[] {
  return Object.entries(details).map(([key, value]) => `${key}: ${detailValue(value, formatTime)}`);
}
