import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announce, onAnnouncement, REPEAT_MS, resetAnnouncements, SETTLE_MS } from './announce.ts';

describe('announce', () => {
  let said: string[];
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    resetAnnouncements();
    said = [];
    stop = onAnnouncement((message) => said.push(message));
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('says a burst of messages once, together, after they settle', () => {
    announce('Article 2 changed.');
    announce('Article 3 changed.');
    expect(said).toEqual([]);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(said).toEqual(['Article 2 changed. Article 3 changed.']);
  });

  it('drops a message said again soon after, and says it again once that time has passed', () => {
    for (let i = 0; i < 20; i++) announce('Connection lost.');
    vi.advanceTimersByTime(SETTLE_MS);
    announce('Connection lost.');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(said).toEqual(['Connection lost.']);
    vi.advanceTimersByTime(REPEAT_MS);
    announce('Connection lost.');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(said).toEqual(['Connection lost.', 'Connection lost.']);
  });
});
