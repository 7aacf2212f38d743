import type { Domain } from './vocabulary.ts';

/** Room left in a 48-character key for a `-N` suffix. */
const MAX_BASE = 44;

/**
 * A stable key for a new domain of the treaty, from its label: lower-case
 * letters, digits and dashes. Labels in other scripts get `domain`; a key
 * already taken gets `-2`, `-3`… so the result always fits `DomainKey`.
 */
export function domainKeyFor(label: string, domains: readonly Pick<Domain, 'key'>[]): string {
  const slug = label
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, MAX_BASE)
    .replace(/-+$/, '');
  const base = slug.length >= 2 ? slug : 'domain';
  let key = base;
  for (let n = 2; domains.some((domain) => domain.key === key); n++) key = `${base}-${n}`;
  return key;
}
