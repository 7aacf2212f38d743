import type { ClauseJSON, ClauseState } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { compareClauseStates } from './compareClauseStates.ts';
import { historyTimeline, LIVE_KEY } from './historyTimeline.ts';
import type { HistoryState } from './versionApi.ts';

const state = (number: number, text: string): ClauseState => ({
  number,
  heading: 'Intelligence',
  text,
  body: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  domains: ['intelligence'],
  threshold: null,
  commitments: [],
});

const recorded = (versionId: string, name: string | null, s: ClauseState, removed = false): HistoryState => ({
  versionId,
  versionKind: name ? 'named' : 'checkpoint',
  versionName: name,
  recordedAt: '2026-03-12T14:05:00.000Z',
  editors: ['Ukraine'],
  removed,
  hash: 'h',
  lang: 'en',
  ...s,
});

const live = (s: ClauseState): ClauseJSON => ({
  ...s,
  clauseId: 'c-aaaaaaaaaaaa',
  label: 'Article 5',
  lang: 'en',
  texts: { en: { heading: s.heading, text: s.text, body: s.body } },
});

describe('historyTimeline', () => {
  it('lists the recorded states oldest first, then the live text', () => {
    const entries = historyTimeline(
      [
        recorded('v-1', 'Paris draft 3', state(5, 'The Parties shall share.')),
        recorded('v-2', null, state(5, 'x')),
      ],
      live(state(4, 'The Parties should share.')),
      'en',
    );
    expect(entries.map((e) => [e.key, e.title, e.kind, e.removed])).toEqual([
      ['v-1', 'Paris draft 3', 'named', false],
      ['v-2', 'Checkpoint', 'checkpoint', false],
      [LIVE_KEY, 'Live text (now)', 'live', false],
    ]);
    expect(entries[2]?.state?.number).toBe(4);
  });

  it('marks the live entry removed when the clause is gone, keeping its last known state', () => {
    const entries = historyTimeline([recorded('v-1', 'v1', state(5, 'Text.'))], undefined, 'en');
    expect(entries.at(-1)).toMatchObject({ removed: true, state: { text: 'Text.' } });
  });
});

describe('compareClauseStates', () => {
  it('redlines two states word by word and flags a weaker obligation', () => {
    const result = compareClauseStates(
      'c-aaaaaaaaaaaa',
      state(5, 'The Parties shall share.'),
      state(5, 'The Parties should share.'),
      [],
      'en',
    );
    expect(result?.status).toBe('changed');
    expect(result?.text).toEqual([
      { op: 'equal', text: 'The Parties ' },
      { op: 'delete', text: 'shall ' },
      { op: 'insert', text: 'should ' },
      { op: 'equal', text: 'share.' },
    ]);
    expect(result?.material.map((m) => m.kind)).toEqual(['modal']);
  });

  it('shows a state against the clause’s absence as an addition', () => {
    expect(compareClauseStates('c-aaaaaaaaaaaa', null, state(1, 'Back.'), [], 'en')?.status).toBe('added');
  });
});

describe('historyTimeline in another language', () => {
  const bilingual = (number: number, en: string, uk: string): ClauseState => ({
    ...state(number, en),
    texts: {
      en: { heading: 'Intelligence', text: en, body: [] },
      uk: { heading: 'Розвідка', text: uk, body: [] },
    },
  });

  it('reads the live text in the language asked for, keeping every text and saying which one it shows', () => {
    const clause = {
      ...live(state(5, 'x')),
      texts: bilingual(5, 'The Parties share.', 'Сторони обмінюються.').texts ?? {},
    };
    const entries = historyTimeline([], clause, 'uk');
    expect(entries[0]?.state).toMatchObject({
      lang: 'uk',
      heading: 'Розвідка',
      text: 'Сторони обмінюються.',
    });
    expect(Object.keys(entries[0]?.state?.texts ?? {})).toEqual(['en', 'uk']);
  });

  it('keeps the language of a recorded state, so a restore puts each text back in its own language', () => {
    const uk = {
      ...bilingual(5, 'The Parties share.', 'Сторони обмінюються.'),
      heading: 'Розвідка',
      text: 'Сторони обмінюються.',
    };
    const [entry] = historyTimeline([{ ...recorded('v-1', 'v1', uk), lang: 'uk' }], undefined, 'uk');
    expect(entry?.state).toMatchObject({ lang: 'uk', text: 'Сторони обмінюються.' });
  });

  it('redlines two Ukrainian states and flags the modal change', () => {
    const before = { ...state(5, 'Сторони зобов’язуються обмінюватися інформацією.') };
    const after = { ...state(5, 'Сторони можуть обмінюватися інформацією.') };
    const result = compareClauseStates('c-aaaaaaaaaaaa', before, after, [], 'uk');
    expect(result?.material.map((m) => m.kind)).toEqual(['modal']);
  });
});
