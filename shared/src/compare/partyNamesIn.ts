import type { Party } from '../tags/tagSchemas.ts';

/** Two capital letters: a party code that may be an ISO 3166 region, which Intl can name. */
const REGION = /^[A-Z]{2}$/;

/**
 * What a text in `lang` may call the parties: each name and code as the
 * treaty lists them, and for a code that is a country, the country's name in
 * `lang` («Україна» for UA in Ukrainian), since the list holds one name only.
 */
export function partyNamesIn(parties: readonly Party[], lang: string): string[] {
  const names = new Set<string>();
  let regions: Intl.DisplayNames | null = null;
  try {
    regions = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  } catch {
    regions = null;
  }
  for (const party of parties) {
    names.add(party.name);
    names.add(party.code);
    const region = REGION.test(party.code) ? regions?.of(party.code) : undefined;
    if (region) names.add(region);
  }
  return [...names];
}
