import type { RelativeSelection } from './extensions/FailClosed.ts';

/** Rebuilds allowed within {@link WINDOW_MS}; one more failure and the text stays read-only. */
export const MAX_REBUILDS = 3;
const WINDOW_MS = 60_000;

/**
 * `reloaded`: the editor was rebuilt after a remote change failed (until the
 * message is dismissed). `stopped`: it kept failing, the text is read-only
 * until the page is reloaded.
 */
export type RecoveryStatus = 'editing' | 'reloaded' | 'stopped';

export interface RecoveryState {
  /** Bumped for each rebuild: the editor is created anew when it changes. */
  generation: number;
  status: RecoveryStatus;
}

/**
 * What the editor of an open treaty went through when remote changes failed
 * to apply, as a store for `useSyncExternalStore`. A failure that repeats on
 * every rebuild stops the rebuilding after {@link MAX_REBUILDS}.
 */
export class EditorRecovery {
  #state: RecoveryState = { generation: 0, status: 'editing' };
  #failures: number[] = [];
  #selection: RelativeSelection | null = null;
  readonly #listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getState = (): RecoveryState => this.#state;

  /**
   * The editor failed to apply a remote change and stopped writing. It is
   * rebuilt (the last time read-only, once it failed too often); failures of
   * that last editor change nothing.
   */
  failed(selection: RelativeSelection | null, now = Date.now()): void {
    if (this.#state.status === 'stopped') return;
    this.#failures = [...this.#failures.filter((at) => now - at < WINDOW_MS), now];
    const stopped = this.#failures.length > MAX_REBUILDS;
    this.#selection = stopped ? null : selection;
    this.#set({ generation: this.#state.generation + 1, status: stopped ? 'stopped' : 'reloaded' });
  }

  /** The caret to restore in the rebuilt editor, once. */
  takeSelection(): RelativeSelection | null {
    const selection = this.#selection;
    this.#selection = null;
    return selection;
  }

  dismiss(): void {
    if (this.#state.status === 'reloaded') this.#set({ status: 'editing' });
  }

  #set(patch: Partial<RecoveryState>): void {
    this.#state = { ...this.#state, ...patch };
    // Failures are reported from inside a Yjs observer: React re-renders (and destroys that editor) after it.
    queueMicrotask(() => {
      for (const listener of this.#listeners) listener();
    });
  }
}
