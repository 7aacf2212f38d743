import { describe, expect, it } from 'vitest';
import { EditorRecovery, MAX_REBUILDS } from './EditorRecovery.ts';
import type { RelativeSelection } from './extensions/FailClosed.ts';

const caret = { type: 'text', anchor: {}, head: {} } as unknown as RelativeSelection;

describe('EditorRecovery', () => {
  it('rebuilds after a failure, tells the listeners after the current task, and hands the caret over once', async () => {
    const recovery = new EditorRecovery();
    let notified = 0;
    recovery.subscribe(() => notified++);
    recovery.failed(caret, 1_000);
    expect(recovery.getState()).toEqual({ generation: 1, status: 'reloaded' });
    expect(notified).toBe(0);
    await Promise.resolve();
    expect(notified).toBe(1);
    expect(recovery.takeSelection()).toBe(caret);
    expect(recovery.takeSelection()).toBeNull();
    recovery.dismiss();
    expect(recovery.getState()).toEqual({ generation: 1, status: 'editing' });
  });

  it(`stops after ${MAX_REBUILDS} rebuilds within a minute: one last read-only editor, then nothing`, () => {
    const recovery = new EditorRecovery();
    for (let i = 0; i < MAX_REBUILDS; i++) recovery.failed(caret, 1_000 + i);
    expect(recovery.getState()).toEqual({ generation: MAX_REBUILDS, status: 'reloaded' });
    recovery.failed(caret, 2_000);
    expect(recovery.getState()).toEqual({ generation: MAX_REBUILDS + 1, status: 'stopped' });
    expect(recovery.takeSelection()).toBeNull();
    recovery.failed(caret, 3_000);
    recovery.dismiss();
    expect(recovery.getState()).toEqual({ generation: MAX_REBUILDS + 1, status: 'stopped' });
  });

  it('forgets failures older than a minute', () => {
    const recovery = new EditorRecovery();
    for (let i = 0; i < MAX_REBUILDS; i++) recovery.failed(null, i * 1_000);
    recovery.failed(null, 120_000);
    expect(recovery.getState()).toEqual({ generation: MAX_REBUILDS + 1, status: 'reloaded' });
  });
});
