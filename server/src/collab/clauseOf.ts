import { TreatyNode } from '@pactum/shared';
import * as Y from 'yjs';

/** The clause element that contains `type` (or is it), if any. */
export function clauseOf(type: { _item: Y.Item | null } | null): Y.XmlElement | null {
  let current = type;
  while (current) {
    if (current instanceof Y.XmlElement && current.nodeName === TreatyNode.clause) return current;
    current = (current._item?.parent as { _item: Y.Item | null } | undefined) ?? null;
  }
  return null;
}
