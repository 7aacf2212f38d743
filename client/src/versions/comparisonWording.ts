import {
  ACTIVATION_MODES,
  type ClauseComparison,
  type ComparisonStatus,
  type MaterialChange,
  type TagChange,
  TRIGGER_KINDS,
  VERIFIER_KINDS,
} from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';
import { formatNumber } from '../lib/formatList.ts';
import { deadlineText, verifierText } from '../tags/thresholdText.ts';
import { activationInSentence, triggerShortLabel } from '../tags/vocabularyText.ts';

/*
 * What a compared clause is called and how its changes read, in the words of
 * a compare and in the interface language. Shared gives the changes as data
 * (statuses, tag values, material change details); the English sentences it
 * also gives are for the server's exports.
 */

/** "Added", "Moved"… */
export const statusLabel = (status: ComparisonStatus): string => i18next.t(`versions:status.${status}`);

/** "Article 3" in the interface language. */
const article = (number: number) => i18next.t('versions:article', { number });

/** Where the clause went: "Moved from Article 12 to Article 1", "Renumbered 3 → 4". Null if it stayed. */
export function positionNote({ status, changes, from, to }: ClauseComparison): string | null {
  const t = i18next.t;
  if (status === 'added' && to) return t('versions:position.new', { number: to.number });
  if (status === 'removed' && from) return t('versions:position.was', { number: from.number });
  if (!from || !to) return null;
  if (changes.includes('moved')) return t('versions:position.moved', { from: from.number, to: to.number });
  if (changes.includes('renumbered'))
    return t('versions:position.renumbered', { from: from.number, to: to.number });
  return null;
}

/** The article as the reader knows it now: its newer number, or its old one if it is gone. */
export function clauseTitle({ from, to }: ClauseComparison): { label: string; heading: string } {
  const side = to ?? from;
  return {
    label: side ? article(side.number) : i18next.t('versions:articleNoNumber'),
    heading: side?.heading ?? '',
  };
}

const FIELDS = [
  'domain',
  'threshold',
  'trigger',
  'minSeverity',
  'verifier',
  'activation',
  'consultationHours',
  'assistanceHours',
  'commitment',
] as const;
type Field = (typeof FIELDS)[number];

/** The field a tag change names, without its "threshold." prefix; null for one this client does not know. */
function fieldOf(name: string): Field | null {
  const field = name.startsWith('threshold.') ? name.slice('threshold.'.length) : name;
  return FIELDS.find((known) => known === field) ?? null;
}

const fieldLabel = (name: string): string => {
  const field = fieldOf(name);
  return field ? i18next.t(`versions:tagField.${field}`) : name;
};

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/**
 * A tag value as shared's compare writes it ("armed-attack", "3", "72 h",
 * "none", "early-warning-centre (EWC Kyiv)", "FR · maritime · frigates 2"),
 * worded in the interface language.
 */
function tagValue(name: string, value: string, domainLabel: (key: string) => string): string {
  switch (fieldOf(name)) {
    case 'domain':
      return domainLabel(value);
    case 'threshold':
      return value === 'set' ? i18next.t('versions:tagChange.set') : value;
    case 'trigger':
      return isOneOf(TRIGGER_KINDS, value) ? triggerShortLabel(value) : value;
    case 'activation':
      return isOneOf(ACTIVATION_MODES, value) ? activationInSentence(value) : value;
    case 'minSeverity':
      return /^\d+$/.test(value) ? formatNumber(Number(value)) : value;
    case 'verifier': {
      const [, kind = '', name] = /^([a-z-]+)(?: \((.*)\))?$/s.exec(value) ?? [];
      if (!isOneOf(VERIFIER_KINDS, kind)) return value;
      return verifierText({ kind, name: name ?? '' });
    }
    case 'consultationHours':
    case 'assistanceHours': {
      if (value === 'none') return i18next.t('versions:tagChange.none');
      const hours = /^(\d+) h$/.exec(value)?.[1];
      return hours === undefined ? value : deadlineText(Number(hours));
    }
    case 'commitment':
      return commitmentText(value, domainLabel);
    default:
      return value;
  }
}

/** "FR · maritime · frigates 2" (party · domain · capability and amount) with the domain named. */
function commitmentText(value: string, domainLabel: (key: string) => string): string {
  const [party, domain, ...rest] = value.split(' · ');
  if (party === undefined || domain === undefined || rest.length === 0) return value;
  return [party, domainLabel(domain), ...rest].join(' · ');
}

/** A tag change as one line: "Domain: added Maritime", "Assistance within: 72 h → 48 h". */
export function tagChangeText(change: TagChange, domainLabel: (key: string) => string): string {
  const t = i18next.t;
  const field = fieldLabel(change.field);
  const value = (v: string) => tagValue(change.field, v, domainLabel);
  if (change.from === null && change.to !== null)
    return t('versions:tagChange.added', { field, value: value(change.to) });
  if (change.to === null && change.from !== null)
    return t('versions:tagChange.removed', { field, value: value(change.from) });
  return t('versions:tagChange.changed', {
    field,
    from: value(change.from ?? ''),
    to: value(change.to ?? ''),
  });
}

/** “shall”, “must” and 2 more; "nothing" for none. */
function quotedList(items: readonly string[], more: number): string {
  const t = i18next.t;
  if (items.length === 0) return t('versions:material.nothing');
  const list = items.map((text) => t('versions:material.quoted', { text })).join(', ');
  return more > 0 ? t('versions:material.andMore', { list, count: more }) : list;
}

/** A material change in the interface language, from its data; its English description where it has none. */
export function materialText(change: MaterialChange, domainLabel: (key: string) => string): string {
  const t = i18next.t;
  const detail = change.detail;
  if (!detail) return change.description;
  switch (detail.of) {
    case 'text': {
      const gone = quotedList(detail.gone, detail.goneMore);
      const came = quotedList(detail.came, detail.cameMore);
      if (change.kind === 'modal') {
        if (detail.gone.length === 0) return t('versions:material.modalAdded', { came });
        if (detail.came.length === 0) return t('versions:material.modalRemoved', { gone });
        return t('versions:material.modal', { gone, came });
      }
      if (change.kind === 'number' || change.kind === 'deadline' || change.kind === 'party')
        return t(`versions:material.${change.kind}`, { gone, came });
      return change.description;
    }
    case 'threshold':
      return detail.added ? t('versions:material.thresholdAdded') : t('versions:material.thresholdRemoved');
    case 'thresholdField': {
      const name = `threshold.${detail.field}`;
      return t('versions:material.thresholdField', {
        field: fieldLabel(name),
        from: tagValue(name, detail.from, domainLabel),
        to: tagValue(name, detail.to, domainLabel),
      });
    }
    case 'commitmentRemoved':
      return t('versions:material.commitmentRemoved', {
        commitment: commitmentText(detail.commitment, domainLabel),
      });
    case 'commitmentMoved':
      return t('versions:material.commitmentMoved', { from: detail.from, to: detail.to });
  }
}

/** A clause a reader has to look at (renumbering alone follows from changes elsewhere). */
export function isChange(clause: ClauseComparison): boolean {
  return clause.status !== 'unchanged' && clause.status !== 'renumbered';
}
