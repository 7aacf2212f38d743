import type { ActivationMode, ClauseTagsJSON, TriggerKind } from '@pactum/shared';

/** What the reader narrows the text to; every set criterion must hold. */
export interface ClauseFilter {
  /** The clause has at least one of these domains. */
  domains: readonly string[];
  trigger: TriggerKind | null;
  activation: ActivationMode | null;
  /** The party has a commitment under the clause. */
  party: string | null;
  /** Case-insensitive, in any script, over heading and text in every language of the treaty. */
  text: string;
}

export const NO_FILTER: ClauseFilter = Object.freeze({
  domains: [],
  trigger: null,
  activation: null,
  party: null,
  text: '',
});

export function isFilterActive(filter: ClauseFilter): boolean {
  return (
    filter.domains.length > 0 ||
    filter.trigger !== null ||
    filter.activation !== null ||
    filter.party !== null ||
    searchKey(filter.text) !== ''
  );
}

/** The form text is compared in: locale-aware lower case, so "СТОРОНИ" finds "Сторони". */
export function searchKey(text: string): string {
  return text.trim().toLocaleLowerCase();
}

/** `searchableText` is the clause's heading and text already in {@link searchKey} form. */
export function clauseMatches(
  filter: ClauseFilter,
  tags: ClauseTagsJSON,
  searchableText: () => string,
): boolean {
  if (filter.domains.length > 0 && !tags.domains.some((domain) => filter.domains.includes(domain)))
    return false;
  if (filter.trigger !== null && tags.threshold?.trigger !== filter.trigger) return false;
  if (filter.activation !== null && tags.threshold?.activation !== filter.activation) return false;
  if (filter.party !== null && !tags.commitments.some((commitment) => commitment.party === filter.party)) {
    return false;
  }
  const query = searchKey(filter.text);
  return query === '' || searchableText().includes(query);
}
