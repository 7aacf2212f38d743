import {
  type ClauseText,
  clauseLabel,
  readLanguages,
  TREATY_FRAGMENT,
  TreatyNode,
  treatyFromNode,
  treatyNodeFromElement,
  treatySchema,
} from '@pactum/shared';
import * as Y from 'yjs';

/** One clause read the way `treatyFromYDoc` reads it (same Yjs → ProseMirror conversion, same reader). */
function readClause(element: Y.XmlElement, languages: readonly string[]): ClauseText | undefined {
  const node = treatyNodeFromElement(element);
  if (node?.type.name !== TreatyNode.clause) return undefined;
  return treatyFromNode(treatySchema().topNodeType.create(null, node), { languages }).clauses[0];
}

/**
 * The clauses of a treaty's Y.Doc as `treatyFromYDoc` gives them (text only,
 * no tags), reading again only the clauses that changed since the last read:
 * while someone types, that is one clause, not the whole treaty. Unchanged
 * clauses come back as the same objects (a renumbered one as a copy sharing
 * its `body`).
 */
export class ClauseTextReader {
  readonly #doc: Y.Doc;
  readonly #fragment: Y.XmlFragment;
  readonly #cache = new Map<Y.XmlElement, ClauseText>();
  readonly #dirty = new Set<unknown>();
  /** The treaty's languages the cache was read in. */
  #languages = '';

  constructor(doc: Y.Doc) {
    this.#doc = doc;
    this.#fragment = doc.getXmlFragment(TREATY_FRAGMENT);
    this.#fragment.observeDeep(this.#onChange);
  }

  read(): ClauseText[] {
    const languages = readLanguages(this.#doc);
    if (languages.join() !== this.#languages) {
      this.#cache.clear();
      this.#languages = languages.join();
    }
    const clauses: ClauseText[] = [];
    const seen = new Set<Y.XmlElement>();
    for (const child of this.#fragment.toArray()) {
      if (!(child instanceof Y.XmlElement) || child.nodeName !== TreatyNode.clause) continue;
      let clause = this.#dirty.has(child) ? undefined : this.#cache.get(child);
      clause ??= readClause(child, languages);
      if (!clause) continue;
      const number = clauses.length + 1;
      if (clause.number !== number) clause = { ...clause, number, label: clauseLabel(number, clause.lang) };
      this.#cache.set(child, clause);
      seen.add(child);
      clauses.push(clause);
    }
    for (const element of this.#cache.keys()) if (!seen.has(element)) this.#cache.delete(element);
    this.#dirty.clear();
    return clauses;
  }

  destroy(): void {
    this.#fragment.unobserveDeep(this.#onChange);
  }

  /** Marks the clause (the fragment's child) that each change happened in. */
  #onChange = (events: Array<Y.YEvent<Y.XmlElement | Y.XmlText>>): void => {
    for (const { target } of events) {
      let top: { parent: unknown } = target;
      while (top.parent && top.parent !== this.#fragment) top = top.parent as { parent: unknown };
      if (top !== this.#fragment) this.#dirty.add(top);
    }
  };
}
