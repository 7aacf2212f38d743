import { type TreatyJSON, treatyFromYDoc } from '@pactum/shared';
import type * as Y from 'yjs';
import { useLoaded } from '../lib/useLoaded.ts';
import { LIVE, readVersion, type VersionRef } from './versionApi.ts';

export type ClauseDomains = Map<string, ReadonlySet<string>>;

/**
 * The domains of each article on either side of a compare (a compare does
 * not carry them). Loaded only once a domain filter is in use.
 */
export function useClauseDomains(
  treatyId: string,
  doc: Y.Doc,
  sides: readonly [VersionRef, VersionRef],
  enabled: boolean,
): ClauseDomains | null {
  const load = async (): Promise<ClauseDomains> => {
    const read = async (ref: VersionRef): Promise<TreatyJSON> =>
      ref === LIVE ? treatyFromYDoc(doc) : (await readVersion(treatyId, ref)).treaty;
    const treaties = await Promise.all([...new Set(sides)].map(read));
    const domains = new Map<string, Set<string>>();
    for (const clause of treaties.flatMap((treaty) => treaty.clauses)) {
      const set = domains.get(clause.clauseId) ?? new Set<string>();
      for (const domain of clause.domains) set.add(domain);
      domains.set(clause.clauseId, set);
    }
    return domains;
  };
  const [loaded] = useLoaded(enabled ? sides.join('→') : '', () =>
    enabled ? load() : Promise.resolve(new Map()),
  );
  return enabled && loaded.status === 'ready' ? loaded.value : null;
}
