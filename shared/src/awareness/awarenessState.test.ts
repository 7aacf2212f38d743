import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Limits } from '../wire.ts';
import {
  type AwarenessCursor,
  cursorResolvesIn,
  parseClientAwareness,
  parseRemoteAwareness,
} from './awarenessState.ts';

/** A treaty-like fragment with one paragraph of text, and a second document elsewhere. */
function treatyDoc() {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('treaty');
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  fragment.insert(0, [paragraph]);
  text.insert(0, 'The Parties shall consult.');
  return { doc, fragment, text };
}

/** As awareness carries it: the RelativePosition object through JSON (nulls included). */
const overTheWire = (position: Y.RelativePosition): unknown => JSON.parse(JSON.stringify(position));

function caretAt(type: Y.XmlText | Y.XmlFragment | Y.Text, index: number) {
  const position = Y.createRelativePositionFromTypeIndex(type, index);
  return { anchor: overTheWire(position), head: overTheWire(position) };
}

const user = { name: 'Olena Kovalenko', delegation: 'UA', color: '#3b6ea5', role: 'drafter' };

describe('parseClientAwareness', () => {
  it('accepts a caret made by Yjs, in both JSON forms, and null for a client that left', () => {
    const { text, fragment } = treatyDoc();
    const cursor = caretAt(text, 4);
    expect(parseClientAwareness({ cursor })).toEqual({ ok: true, state: { cursor } });
    const compact = {
      anchor: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, 2)),
      head: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(fragment, 1)),
    };
    expect(compact.anchor).not.toHaveProperty('tname');
    expect(compact.head).toHaveProperty('tname', 'treaty');
    expect(parseClientAwareness({ cursor: compact })).toEqual({ ok: true, state: { cursor: compact } });
    expect(parseClientAwareness({ cursor: null })).toEqual({ ok: true, state: { cursor: null } });
    expect(parseClientAwareness({})).toEqual({ ok: true, state: { cursor: null } });
    expect(parseClientAwareness(null)).toEqual({ ok: true, state: null });
  });

  it('ignores the claimed user and drops every other field', () => {
    const { text } = treatyDoc();
    const cursor = caretAt(text, 0);
    const result = parseClientAwareness({
      cursor,
      user: { name: 'Someone Else', role: 'chair' },
      script: '<img onerror=alert(1)>',
      nested: { deep: [1, { deeper: true }] },
    });
    expect(result).toEqual({ ok: true, state: { cursor } });
  });

  it('rejects the plain numbers of the issue and positions Yjs cannot decode', () => {
    const { text } = treatyDoc();
    const valid = caretAt(text, 3).anchor as Record<string, unknown>;
    const invalid = [
      { anchor: 5, head: 5 },
      { anchor: '5', head: '5' },
      { anchor: { ...valid, type: null, tname: null }, head: valid },
      { anchor: { item: { client: 1, clock: 2 }, assoc: 0 }, head: valid },
      { anchor: valid },
      { anchor: { ...valid, type: { client: '1', clock: 2 } }, head: valid },
      { anchor: { ...valid, type: { client: -1, clock: 2 } }, head: valid },
      { anchor: { ...valid, type: { client: 1.5, clock: 2 } }, head: valid },
      { anchor: { ...valid, item: { client: 2 ** 60, clock: 0 } }, head: valid },
      { anchor: { ...valid, assoc: 1e300 }, head: valid },
      { anchor: { ...valid, tname: 'x'.repeat(65) }, head: valid },
      { anchor: { ...valid, tname: '' }, head: valid },
      { anchor: { ...valid, type: { client: 1, clock: 2, extra: { a: [1] } } }, head: valid },
      { anchor: { ...valid, junk: { a: { b: { c: [] } } } }, head: valid },
      { anchor: valid, head: valid, extra: 1 },
      [valid, valid],
      'caret',
    ];
    for (const cursor of invalid)
      expect(parseClientAwareness({ cursor }), JSON.stringify(cursor)).toEqual({
        ok: false,
        reason: 'invalid cursor',
      });
  });

  it('rejects what is not an object, and absurd sizes', () => {
    for (const state of [5, 'state', true, [], [{ cursor: null }]])
      expect(parseClientAwareness(state)).toEqual({ ok: false, reason: 'not an object' });
    const huge = { cursor: null, user: { name: 'x'.repeat(Limits.maxAwarenessBytes) } };
    expect(parseClientAwareness(huge)).toEqual({ ok: false, reason: 'too large' });
  });
});

describe('parseRemoteAwareness', () => {
  it('accepts a state as the server writes it, keeping only user and cursor', () => {
    const { text } = treatyDoc();
    const cursor = caretAt(text, 4);
    expect(parseRemoteAwareness({ user, cursor, stray: 1 })).toEqual({ user, cursor });
    expect(parseRemoteAwareness({ user })).toEqual({ user, cursor: null });
    const operator = { name: 'Operator', delegation: '', color: '#8a5a2b', role: 'chair' };
    expect(parseRemoteAwareness({ user: operator, cursor: null })).toEqual({ user: operator, cursor: null });
  });

  it('accepts a caret whose items this client does not hold yet (shape only)', () => {
    const { doc, fragment } = treatyDoc();
    const ahead = new Y.Doc();
    Y.applyUpdate(ahead, Y.encodeStateAsUpdate(doc));
    const aheadText = (ahead.getXmlFragment('treaty').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    aheadText.insert(0, 'Each of ');
    const cursor = caretAt(aheadText, 3);
    expect(parseRemoteAwareness({ user, cursor })).toEqual({ user, cursor });
    expect(cursorResolvesIn(cursor as AwarenessCursor, doc, fragment)).toBe(false);
  });

  it('rejects a missing or malformed user, the numbers of the issue and junk', () => {
    const { text } = treatyDoc();
    const cursor = caretAt(text, 1);
    const invalid: unknown[] = [
      null,
      'state',
      [],
      { cursor },
      { user: { ...user, color: 'red' }, cursor },
      { user: { ...user, color: '#3b6ea5; background: url(x)' }, cursor },
      { user: { ...user, role: 'admin' }, cursor },
      { user: { ...user, name: '' }, cursor },
      { user: { ...user, name: 'x'.repeat(61) }, cursor },
      { user: { ...user, delegation: 'x'.repeat(33) }, cursor },
      { user: { ...user, name: { toString: 'x' } }, cursor },
      { user, cursor: { anchor: 5, head: 5 } },
      { user, cursor: { anchor: { assoc: 0 }, head: { assoc: 0 } } },
      { user: { ...user, name: 'x'.repeat(40) }, cursor, pad: 'y'.repeat(Limits.maxAwarenessBytes) },
    ];
    for (const state of invalid) expect(parseRemoteAwareness(state), JSON.stringify(state)).toBeNull();
  });
});

describe('cursorResolvesIn', () => {
  it('is true for carets in the fragment, at its end and inside its text', () => {
    const { doc, fragment, text } = treatyDoc();
    expect(cursorResolvesIn(caretAt(text, 4) as AwarenessCursor, doc, fragment)).toBe(true);
    expect(cursorResolvesIn(caretAt(text, text.length) as AwarenessCursor, doc, fragment)).toBe(true);
    expect(cursorResolvesIn(caretAt(fragment, 1) as AwarenessCursor, doc, fragment)).toBe(true);
  });

  it('is false for positions elsewhere in the document, unknown items and unknown root names', () => {
    const { doc, fragment, text } = treatyDoc();
    const notes = doc.getText('notes');
    notes.insert(0, 'aside');
    const inside = caretAt(text, 2);
    const elsewhere = caretAt(notes, 1);
    expect(cursorResolvesIn({ ...inside, head: elsewhere.head } as AwarenessCursor, doc, fragment)).toBe(
      false,
    );
    expect(cursorResolvesIn(caretAt(notes, notes.length) as AwarenessCursor, doc, fragment)).toBe(false);
    const unknownItem = { type: null, tname: null, item: { client: 7, clock: 99 }, assoc: 0 };
    expect(cursorResolvesIn({ anchor: unknownItem, head: unknownItem }, doc, fragment)).toBe(false);
    const unknownType = { type: { client: 7, clock: 99 }, tname: null, item: null, assoc: 0 };
    expect(cursorResolvesIn({ anchor: unknownType, head: unknownType }, doc, fragment)).toBe(false);
  });

  it('does not create a root type for a name the document lacks', () => {
    const { doc, fragment } = treatyDoc();
    const named = { tname: 'injected', assoc: 0 };
    expect(cursorResolvesIn({ anchor: named, head: named }, doc, fragment)).toBe(false);
    expect(doc.share.has('injected')).toBe(false);
  });
});
