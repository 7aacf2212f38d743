import { type Editor, Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { type ProsemirrorBinding, ySyncPluginKey } from '@tiptap/y-tiptap';

/** Where the caret was when a remote change failed, in Yjs terms (y-tiptap's relative selection). */
export type RelativeSelection = NonNullable<ProsemirrorBinding['beforeTransactionSelection']>;

export interface RemoteApplyFailure {
  error: unknown;
  /** The caret to put back in the rebuilt editor; null when the editor did not have the focus. */
  selection: RelativeSelection | null;
}

interface FailClosedOptions {
  /** Called once per editor, after it stopped writing; the editor is to be replaced. */
  onFailure: (failure: RemoteApplyFailure) => void;
}

interface FailClosedStorage {
  failed: boolean;
}

type Observer = (...args: unknown[]) => void;
type GuardedBinding = ProsemirrorBinding & { failClosedGuard?: true };

const isRemoteChange = (tr: Transaction): boolean => Boolean(tr.getMeta(ySyncPluginKey)?.isChangeOrigin);
const bindingOf = (state: EditorState): GuardedBinding | null =>
  ySyncPluginKey.getState(state)?.binding ?? null;

/**
 * Stops the editor from ever writing to the Y.Doc again. The y-sync binding
 * writes the whole ProseMirror document into Yjs after every view update,
 * under its mutex; after a failed remote change that document is stale, and
 * writing it would delete what the remote change added (issue 11). A mutex
 * that never runs stops every such write; the binding also stops observing.
 */
function stopWriting(editor: Editor, storage: FailClosedStorage, options: FailClosedOptions, error: unknown) {
  if (storage.failed) return;
  storage.failed = true;
  const binding = bindingOf(editor.state);
  const selection = binding?.beforeTransactionSelection ?? null;
  if (binding) {
    binding.mux = () => {};
    binding.destroy();
  }
  let hadFocus = false;
  try {
    hadFocus = editor.view.hasFocus();
    editor.view.dom.setAttribute('contenteditable', 'false');
  } catch {
    // No view yet (a failure while it is created): there is nothing to type into.
  }
  console.error('A remote change could not be shown; the editor is rebuilt from the shared document.', error);
  options.onFailure({ error, selection: hadFocus ? selection : null });
}

/**
 * y-tiptap builds a remote change before it dispatches it: a failure there
 * never reaches `dispatchTransaction`, so the binding's Yjs observer is wrapped
 * too. Done before the binding starts observing, or by observing again.
 */
function guardObserver(binding: GuardedBinding, onError: (error: unknown) => void): void {
  if (binding.failClosedGuard) return;
  binding.failClosedGuard = true;
  const observe = binding._observeFunction as Observer;
  const guarded: Observer = (...args) => {
    try {
      observe(...args);
    } catch (error) {
      onError(error);
    }
  };
  const observing = binding.prosemirrorView != null;
  if (observing) binding.type.unobserveDeep(observe);
  binding._observeFunction = guarded;
  if (observing) binding.type.observeDeep(guarded);
}

/**
 * The editor fails closed: if a remote change cannot be applied (any
 * extension, any cause), the editor stops writing to the shared document at
 * once, ignores every later transaction and reports the failure so that it can
 * be rebuilt from the Y.Doc. Local edits are safe: y-sync writes each local
 * transaction into the Y.Doc as it is applied. Highest priority: its
 * `dispatchTransaction` wraps every other extension's.
 */
export const FailClosed = Extension.create<FailClosedOptions, FailClosedStorage>({
  name: 'failClosed',
  priority: 10_000,

  addOptions() {
    return { onFailure: () => {} };
  },

  addStorage() {
    return { failed: false };
  },

  dispatchTransaction({ transaction, next }) {
    if (this.storage.failed) return;
    try {
      next(transaction);
    } catch (error) {
      if (!isRemoteChange(transaction)) throw error;
      stopWriting(this.editor, this.storage, this.options, error);
    }
  },

  addProseMirrorPlugins() {
    const { editor, storage, options } = this;
    return [
      new Plugin({
        key: new PluginKey('failClosed'),
        view: (view) => {
          const binding = bindingOf(view.state);
          if (binding) guardObserver(binding, (error) => stopWriting(editor, storage, options, error));
          return {};
        },
      }),
    ];
  },
});
