import { AGREEMENT_ROOTS, TAG_ROOTS, TREATY_FRAGMENT } from '@pactum/shared';
import * as Y from 'yjs';

/** Where two documents differ (state vector, text, maps), or null when they hold the same. */
export function docDifference(a: Y.Doc, b: Y.Doc): string | null {
  const vectorA = Y.decodeStateVector(Y.encodeStateVector(a));
  const vectorB = Y.decodeStateVector(Y.encodeStateVector(b));
  for (const client of new Set([...vectorA.keys(), ...vectorB.keys()])) {
    if (vectorA.get(client) !== vectorB.get(client)) {
      const waiting = (doc: Y.Doc) => JSON.stringify([...(doc.store.pendingStructs?.missing ?? [])]);
      return `client ${client} at clock ${vectorA.get(client)} against ${vectorB.get(client)} (waiting for ${waiting(a)} against ${waiting(b)})`;
    }
  }
  const textA = a.getXmlFragment(TREATY_FRAGMENT).toString();
  const textB = b.getXmlFragment(TREATY_FRAGMENT).toString();
  if (textA !== textB) {
    let at = 0;
    while (textA[at] === textB[at]) at++;
    return `text differs at ${at}: ${JSON.stringify(textA.slice(at, at + 80))} against ${JSON.stringify(textB.slice(at, at + 80))}`;
  }
  // Key order is insertion order, which differs between replicas: compare sorted.
  const sorted = (map: Y.Map<unknown>) =>
    JSON.stringify(Object.entries(map.toJSON()).sort(([x], [y]) => x.localeCompare(y)));
  for (const root of [...TAG_ROOTS, ...AGREEMENT_ROOTS]) {
    const mapA = sorted(a.getMap(root));
    const mapB = sorted(b.getMap(root));
    if (mapA !== mapB) return `${root}: ${mapA.slice(0, 200)} against ${mapB.slice(0, 200)}`;
  }
  return null;
}
