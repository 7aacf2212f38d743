import {
  AgreementRoot,
  CLAUSE_ID_ATTR,
  encodeAwarenessEntries,
  setClauseDomain,
  TagRoot,
  TREATY_FRAGMENT,
  TreatyNode,
} from '@pactum/shared';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';

/** Clauses a fuzzed treaty may grow to before valid edits delete the extra ones. */
const MAX_CLAUSES = 20;
/** Characters a paragraph may grow to before valid edits shorten it. */
const MAX_PARAGRAPH = 4_000;

/** What one edit on a copy of the treaty produced: the update an editor would send. */
export interface Edit {
  kind: string;
  update: Uint8Array;
}

const WORDS = ['shall', 'should', 'assistance', 'допомога', 'гарантії', 'Сторони', '<b>', '&amp;', '"'];

/** Runs `change` on `doc` in one transaction and returns the update it made (null if none). */
function capture(doc: Y.Doc, change: () => void): Uint8Array | null {
  let update: Uint8Array | null = null;
  const listener = (u: Uint8Array) => {
    update = update ? Y.mergeUpdates([update, u]) : u;
  };
  doc.on('update', listener);
  try {
    doc.transact(change);
  } finally {
    doc.off('update', listener);
  }
  return update;
}

const clauses = (doc: Y.Doc) =>
  doc
    .getXmlFragment(TREATY_FRAGMENT)
    .toArray()
    .filter(
      (node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === TreatyNode.clause,
    );

/** The first text of the first paragraph of a random clause, created if missing. */
function someText(gen: prng.PRNG, doc: Y.Doc): Y.XmlText | null {
  const all = clauses(doc);
  if (all.length === 0) return null;
  const english = prng.oneOf(gen, all).toArray()[0];
  const body = english instanceof Y.XmlElement ? english.toArray()[1] : null;
  if (!(body instanceof Y.XmlElement)) return null;
  const paragraph = body.toArray()[0];
  if (!(paragraph instanceof Y.XmlElement)) return null;
  const first = paragraph.toArray()[0];
  if (first instanceof Y.XmlText) return first;
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  return text;
}

/** A text anywhere in the treaty longer than a paragraph should grow here. */
function longText(doc: Y.Doc): Y.XmlText | null {
  for (const node of doc.getXmlFragment(TREATY_FRAGMENT).createTreeWalker((n) => n instanceof Y.XmlText)) {
    if (node instanceof Y.XmlText && node.length > MAX_PARAGRAPH) return node;
  }
  return null;
}

const phrase = (gen: prng.PRNG) =>
  Array.from({ length: prng.int32(gen, 1, 4) }, () => prng.oneOf(gen, WORDS)).join(' ');

/**
 * An edit any editor could make: typing, deleting, bold, pasting clauses,
 * tagging. The treaty is kept from growing without end: past its limits
 * the edit deletes what grew instead.
 */
export function validEdit(gen: prng.PRNG, doc: Y.Doc): Edit | null {
  const all = clauses(doc);
  if (all.length > MAX_CLAUSES) {
    const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
    const update = capture(doc, () =>
      fragment.delete(fragment.length - (all.length - MAX_CLAUSES), all.length - MAX_CLAUSES),
    );
    return update && { kind: 'valid: delete pasted clauses', update };
  }
  const long = longText(doc);
  if (long) {
    const update = capture(doc, () => long.delete(0, long.length - 100));
    return update && { kind: 'valid: shorten a paragraph', update };
  }
  const text = someText(gen, doc);
  if (!text) return null;
  switch (prng.int32(gen, 0, 5)) {
    case 0:
    case 1: {
      const update = capture(doc, () => text.insert(prng.int32(gen, 0, text.length), `${phrase(gen)} `));
      return update && { kind: 'valid: type', update };
    }
    case 2: {
      if (text.length < 4) return null;
      const update = capture(doc, () => text.delete(prng.int32(gen, 0, text.length - 3), 3));
      return update && { kind: 'valid: delete characters', update };
    }
    case 3: {
      const update = capture(doc, () => text.insert(0, phrase(gen), { bold: true }));
      return update && { kind: 'valid: bold text', update };
    }
    case 4: {
      // A paste of clauses copied from the text (their ids are renewed by the server's guard).
      const copies = all.slice(0, prng.int32(gen, 1, 5)).map((clause) => clause.clone());
      const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
      const update = capture(doc, () => fragment.insert(fragment.length, copies));
      return update && { kind: 'valid: paste clauses', update };
    }
    default: {
      const clauseId = prng.oneOf(gen, all).getAttribute(CLAUSE_ID_ATTR);
      if (typeof clauseId !== 'string') return null;
      const update = capture(doc, () => setClauseDomain(doc, clauseId, 'cyber', prng.bool(gen)));
      return update && { kind: 'valid: tag a clause', update };
    }
  }
}

/**
 * Valid Yjs that no editor sends: content outside the schema, writes to
 * what only the server writes, structures built to be expensive. The
 * server's guards revert it (the frame is accepted, its effect undone).
 */
export function hostileEdit(gen: prng.PRNG, doc: Y.Doc): Edit | null {
  const all = clauses(doc);
  const clause = all.length > 0 ? prng.oneOf(gen, all) : null;
  const text = someText(gen, doc);
  const edit = (kind: string, change: () => void): Edit | null => {
    const update = capture(doc, change);
    return update && { kind: `hostile: ${kind}`, update };
  };
  switch (prng.int32(gen, 0, 13)) {
    case 0:
      return edit('unknown root type', () =>
        doc.getMap(`evil${prng.int32(gen, 0, 3)}`).set('k', phrase(gen)),
      );
    case 1:
      return edit('unknown text root', () => doc.getText('shadow').insert(0, phrase(gen)));
    case 2:
      return (
        clause &&
        edit('script node', () => {
          const script = new Y.XmlElement('script');
          script.insert(0, [new Y.XmlText('alert(1)')]);
          (clause.toArray()[1] as Y.XmlElement | undefined)?.insert(0, [script]);
        })
      );
    case 3:
      return clause && edit('event-handler attribute', () => clause.setAttribute('onclick', 'alert(1)'));
    case 4:
      return (
        text &&
        edit('javascript link', () => text.insert(0, 'click', { link: { href: 'javascript:alert(1)' } }))
      );
    case 5:
      return edit('agreement map', () =>
        doc.getMap(prng.oneOf(gen, Object.values(AgreementRoot))).set('forged', { by: 'nobody' }),
      );
    case 6:
      return edit('parties map', () =>
        doc.getMap(TagRoot.parties).set('XX', { name: 'Forged', kind: 'state' }),
      );
    case 7:
      return clause && edit('delete a heading', () => clause.delete(0, 1));
    case 8:
      return edit('invalid tag', () => doc.getMap(TagRoot.clauseDomains).set('no-such-clause/evil', 42));
    case 9:
      return (
        text &&
        edit('deeply nested elements', () => {
          let inner = new Y.XmlElement('paragraph');
          for (let depth = prng.int32(gen, 20, 80); depth > 0; depth--) {
            const outer = new Y.XmlElement('paragraph');
            outer.insert(0, [inner]);
            inner = outer;
          }
          (text.parent as Y.XmlElement).parent instanceof Y.XmlElement &&
            ((text.parent as Y.XmlElement).parent as Y.XmlElement).insert(0, [inner]);
        })
      );
    case 10: {
      let value: unknown = 'leaf';
      for (let depth = prng.int32(gen, 5, 40); depth > 0; depth--)
        value = prng.bool(gen) ? [value] : { v: value };
      return edit('deeply nested value', () => doc.getMap(TagRoot.commitments).set('deep', value));
    }
    case 11:
      return text && edit('large text', () => text.insert(0, 'x'.repeat(prng.int32(gen, 50_000, 400_000))));
    case 12:
      // One character in two deleted, over at most 4,000 (so the author's own Yjs stays quick):
      // a delete set of as many ranges (valid: nothing to revert).
      return (
        text &&
        edit('scattered deletions', () => {
          for (let at = Math.min(text.length, 4_000) - 2; at >= 0; at -= 2) text.delete(at, 1);
        })
      );
    default:
      return (
        text &&
        edit('many marks', () => {
          for (let i = 0; i < 200; i++)
            text.insert(0, 'm', { [prng.oneOf(gen, ['bold', 'italic', 'strike', 'evil'])]: true });
        })
      );
  }
}

/**
 * An edit that depends on a change the server never got: the first change
 * is held back (and sometimes sent later), the second is sent.
 */
export function dependentEdit(gen: prng.PRNG, doc: Y.Doc): { held: Uint8Array; sent: Edit } | null {
  const text = someText(gen, doc);
  if (!text) return null;
  const held = capture(doc, () => text.insert(0, phrase(gen)));
  const sent = capture(doc, () => text.insert(1, phrase(gen)));
  return held && sent ? { held, sent: { kind: 'pending: depends on an unsent change', update: sent } } : null;
}

/** Awareness payloads: a real caret, states outside the schema, someone else's id, many entries. */
export function awarenessPayload(
  gen: prng.PRNG,
  own: number,
  bystanderId: number,
): { kind: string; payload: Uint8Array } {
  const cursor = {
    anchor: { tname: TREATY_FRAGMENT, item: null, type: null, assoc: 0 },
    head: { tname: TREATY_FRAGMENT, item: null, type: null, assoc: 0 },
  };
  const entry = (clientId: number, state: unknown) => ({ clientId, clock: prng.int32(gen, 1, 1000), state });
  switch (prng.int32(gen, 0, 4)) {
    case 0:
      return { kind: 'awareness: caret', payload: encodeAwarenessEntries([entry(own, { cursor })]) };
    case 1:
      return {
        kind: 'awareness: state outside the schema',
        payload: encodeAwarenessEntries([
          entry(own, { cursor: { anchor: '<img onerror=alert(1)>' }, user: { name: 'x'.repeat(500) } }),
        ]),
      };
    case 2:
      return {
        kind: "awareness: another client's id",
        payload: encodeAwarenessEntries([entry(bystanderId, { cursor: null })]),
      };
    case 3:
      return {
        kind: 'awareness: many ids',
        payload: encodeAwarenessEntries(
          Array.from({ length: 50 }, (_, i) => entry(own + i + 1, { cursor: null })),
        ),
      };
    default:
      return { kind: 'awareness: removal', payload: encodeAwarenessEntries([entry(own, null)]) };
  }
}
