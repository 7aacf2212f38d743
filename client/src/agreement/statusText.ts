import { ClauseStatus } from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';

const KEY = {
  [ClauseStatus.draft]: 'draft',
  [ClauseStatus.bracketed]: 'bracketed',
  [ClauseStatus.agreedAdReferendum]: 'agreedAdReferendum',
  [ClauseStatus.agreed]: 'agreed',
} as const satisfies Record<ClauseStatus, string>;

/** A clause's status in the words of the workflow, in the interface language ("agreed ad referendum"). */
export function statusLabel(status: ClauseStatus): string {
  return i18next.t(`agreement:status.${KEY[status]}`);
}

/** The status in a word or an abbreviation, for the marker beside a heading ("ad ref."). */
export function statusShortLabel(status: ClauseStatus): string {
  return i18next.t(`agreement:statusShort.${KEY[status]}`);
}
