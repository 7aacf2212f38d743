import {
  agreementMaps,
  agreementOverview,
  canonicalJSON,
  readAgreement,
  tagMaps,
  treatyFromYDoc,
} from '@pactum/shared';
import * as Y from 'yjs';

/**
 * Everything two replicas of a treaty must agree on, each part as canonical
 * JSON: the Yjs state vector, the treaty as the app reads it (clause text and
 * rich body, tags, parties), the raw tag maps (tags of deleted articles
 * included), the agreement records and the overview derived from them.
 */
export interface TreatySnapshot {
  stateVector: string;
  treaty: string;
  tags: string;
  agreement: string;
  overview: string;
}

export function treatySnapshot(doc: Y.Doc): TreatySnapshot {
  const treaty = treatyFromYDoc(doc);
  const records = readAgreement(doc);
  const mapsJSON = (maps: Record<string, Y.Map<unknown>>) =>
    canonicalJSON(Object.fromEntries(Object.entries(maps).map(([root, map]) => [root, map.toJSON()])));
  return {
    stateVector: canonicalJSON(Object.fromEntries(Y.decodeStateVector(Y.encodeStateVector(doc)))),
    treaty: canonicalJSON(treaty),
    tags: mapsJSON(tagMaps(doc)),
    agreement: canonicalJSON({ maps: mapsJSON(agreementMaps(doc)), records: Object.fromEntries(records) }),
    overview: canonicalJSON(agreementOverview(treaty, records)),
  };
}

/** The parts in which `actual` differs from `expected`. */
export function snapshotDifferences(expected: TreatySnapshot, actual: Partial<TreatySnapshot>): string[] {
  return (Object.keys(expected) as Array<keyof TreatySnapshot>).filter(
    (part) => actual[part] !== undefined && actual[part] !== expected[part],
  );
}
