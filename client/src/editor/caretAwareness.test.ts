import { clauseBodyElement, TREATY_FRAGMENT, writeTreatyToYDoc } from '@pactum/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { caretAwareness } from './caretAwareness.ts';

describe('caretAwareness', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function pair() {
    const ours = new Awareness(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    const receive = () =>
      applyAwarenessUpdate(ours, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'server');
    const wrap = () => caretAwareness(ours, ours.doc.getXmlFragment('treaty'));
    return { ours, theirs, receive, wrap };
  }

  it('passes on what others did, at most once per 100 ms', () => {
    const { theirs, receive, wrap } = pair();
    const changed = vi.fn();
    wrap().on('change', changed);
    for (let i = 0; i < 5; i++) {
      theirs.setLocalStateField('cursor', { at: i });
      receive();
    }
    expect(changed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(changed).toHaveBeenCalledTimes(1);
    theirs.setLocalStateField('cursor', { at: 9 });
    receive();
    vi.advanceTimersByTime(100);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('stays quiet when only our own caret moved, and writes our state through', () => {
    const { ours, wrap } = pair();
    const changed = vi.fn();
    const wrapped = wrap();
    wrapped.on('change', changed);
    wrapped.setLocalStateField('cursor', { anchor: 1, head: 1 });
    vi.advanceTimersByTime(500);
    expect(changed).not.toHaveBeenCalled();
    expect(ours.getLocalState()).toEqual({ cursor: { anchor: 1, head: 1 } });
    expect(wrapped.getStates().get(ours.clientID)).toBe(ours.getLocalState());
  });

  it('stops listening when its last listener leaves', () => {
    const { theirs, receive, wrap } = pair();
    const changed = vi.fn();
    const wrapped = wrap();
    wrapped.on('change', changed);
    theirs.setLocalStateField('cursor', { at: 1 });
    receive();
    wrapped.off('change', changed);
    vi.advanceTimersByTime(100);
    expect(changed).not.toHaveBeenCalled();
  });

  it('shows the caret plugin only valid states, with cursors that resolve in the treaty', () => {
    const { ours, wrap } = pair();
    const text = new Y.XmlText();
    ours.doc.getXmlFragment('treaty').insert(0, [text]);
    text.insert(0, 'The Parties shall consult.');
    const notes = ours.doc.getText('notes');
    notes.insert(0, 'aside');
    const caret = (type: Y.XmlText | Y.Text, index: number) => {
      const position = JSON.parse(JSON.stringify(Y.createRelativePositionFromTypeIndex(type, index)));
      return { anchor: position, head: position };
    };
    const user = { name: 'Claire Dubois', delegation: 'FR', color: '#3b6ea5', role: 'drafter' };
    const states = new Map<number, unknown>([
      [1, { user, cursor: caret(text, 4) }],
      [2, { user, cursor: { anchor: 5, head: 5 } }],
      [3, { cursor: caret(text, 1) }],
      [4, { user, cursor: caret(notes, 2) }],
      [5, { user, cursor: null, extra: 'dropped' }],
    ]);
    for (const [clientId, state] of states) {
      const doc = new Y.Doc();
      doc.clientID = clientId;
      const remote = new Awareness(doc);
      remote.setLocalState(state as Record<string, unknown>);
      applyAwarenessUpdate(ours, encodeAwarenessUpdate(remote, [clientId]), 'server');
    }
    ours.setLocalStateField('cursor', caret(text, 0));

    const shown = wrap().getStates();
    expect([...shown.keys()].sort()).toEqual([1, 4, 5, ours.clientID].sort());
    expect(shown.get(1)).toEqual(states.get(1));
    expect(shown.get(4)).toEqual({ user, cursor: null });
    expect(shown.get(5)).toEqual({ user, cursor: null });
    expect(shown.get(ours.clientID)).toBe(ours.getLocalState());
    expect(wrap().states).toEqual(shown);
  });

  it('side by side, tells the caret plugin which language each caret is in', () => {
    const ours = new Awareness(new Y.Doc());
    writeTreatyToYDoc(ours.doc, {
      languages: ['en', 'uk'],
      title: 'Security Agreement',
      preamble: ['The Parties,'],
      clauses: [{ heading: 'Purpose', paragraphs: ['The Parties shall cooperate.'] }],
      translations: {
        uk: {
          title: 'Угода',
          preamble: ['Сторони,'],
          clauses: [{ heading: 'Мета', paragraphs: ['Сторони співпрацюють.'] }],
        },
      },
    });
    const text = (clauseBodyElement(ours.doc, 0, 'uk').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const position = JSON.parse(JSON.stringify(Y.createRelativePositionFromTypeIndex(text, 2)));
    const user = { name: 'Olena Kovalenko', delegation: 'UA', color: '#4f7a3a', role: 'drafter' };
    const remote = new Awareness(new Y.Doc());
    remote.setLocalState({ user, cursor: { anchor: position, head: position } });
    applyAwarenessUpdate(ours, encodeAwarenessUpdate(remote, [remote.clientID]), 'server');
    const fragment = ours.doc.getXmlFragment(TREATY_FRAGMENT);

    expect(caretAwareness(ours, fragment, true).getStates().get(remote.clientID)?.user).toEqual({
      ...user,
      lang: 'uk',
    });
    expect(caretAwareness(ours, fragment).getStates().get(remote.clientID)?.user).toEqual(user);
  });
});
