import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** Top-level nodes `from` (inclusive) to `to` (exclusive): the part of the treaty near the screen. */
export interface ClauseWindow {
  from: number;
  to: number;
}

/** Before the first measurement: the opening articles, where a treaty opens. */
export const INITIAL_WINDOW: ClauseWindow = { from: 0, to: 24 };

/** The window must reach this far beyond the screen; when it does not, it is moved to reach twice as far. */
const NEAR_PX = 1200;
const FAR_PX = 2 * NEAR_PX;

/** Meta of the transaction that moves the window (a {@link ClauseWindow}). */
export const clauseWindowKey = new PluginKey<ClauseWindow>('clauseWindow');

export const inWindow = (window: ClauseWindow, index: number) => index >= window.from && index < window.to;

/** The window a transaction moves to, if it moves it. */
export function movedWindow(tr: { getMeta(key: PluginKey): unknown }): ClauseWindow | undefined {
  return tr.getMeta(clauseWindowKey) as ClauseWindow | undefined;
}

/** Top-level positions by index, for one document. */
const starts = new WeakMap<ProseMirrorNode, number[]>();
function topLevelStarts(doc: ProseMirrorNode): number[] {
  let list = starts.get(doc);
  if (!list) {
    const found: number[] = [];
    doc.forEach((_node, pos) => {
      found.push(pos);
    });
    starts.set(doc, found);
    list = found;
  }
  return list;
}

/** The first top-level node whose box ends below `y`, or the last whose box starts above it (viewport px). */
function search(view: EditorView, y: number, edge: 'first' | 'last'): number {
  const list = topLevelStarts(view.state.doc);
  const rect = (index: number) =>
    (view.nodeDOM(list[index] as number) as Element | null)?.getBoundingClientRect();
  let low = 0;
  let high = list.length - 1;
  while (low < high) {
    const middle = edge === 'first' ? (low + high) >> 1 : (low + high + 1) >> 1;
    const box = rect(middle);
    if (!box) return edge === 'first' ? 0 : list.length - 1;
    if (edge === 'first') {
      if (box.bottom < y) low = middle + 1;
      else high = middle;
    } else if (box.top > y) high = middle - 1;
    else low = middle;
  }
  return low;
}

function measure(view: EditorView): void {
  if (view.isDestroyed || view.dom.getClientRects().length === 0) return; // hidden (another view is open)
  const current = clauseWindowKey.getState(view.state) ?? INITIAL_WINDOW;
  const height = window.innerHeight;
  const first = search(view, -NEAR_PX, 'first');
  const last = search(view, height + NEAR_PX, 'last');
  if (first >= current.from && last < current.to) return;
  const next = { from: search(view, -FAR_PX, 'first'), to: search(view, height + FAR_PX, 'last') + 1 };
  view.dispatch(view.state.tr.setMeta(clauseWindowKey, next).setMeta('addToHistory', false));
}

/**
 * Which articles are near the screen, so that widgets drawn per article (tag
 * lines, status markers) exist only there: Chromium's work on every keystroke
 * grows with what the editable root holds, and 500 articles of buttons and
 * chips made typing much slower. Measured after scrolling and resizing, with
 * a binary search over the articles' boxes; the window moves in large steps,
 * so scrolling redraws the widgets only now and then.
 */
export const ClauseWindowTracker = Extension.create({
  name: 'clauseWindow',
  addProseMirrorPlugins: () => [
    new Plugin<ClauseWindow>({
      key: clauseWindowKey,
      state: {
        init: () => INITIAL_WINDOW,
        apply: (tr, value) => movedWindow(tr) ?? value,
      },
      view: (view) => {
        let frame = 0;
        const schedule = () => {
          frame ||= requestAnimationFrame(() => {
            frame = 0;
            measure(view);
          });
        };
        const resized = new ResizeObserver(schedule);
        resized.observe(view.dom);
        addEventListener('scroll', schedule, { capture: true, passive: true });
        addEventListener('resize', schedule, { passive: true });
        schedule();
        return {
          update: (_view, previous) => {
            if (view.state.doc.childCount !== previous.doc.childCount) schedule();
          },
          destroy: () => {
            cancelAnimationFrame(frame);
            resized.disconnect();
            removeEventListener('scroll', schedule, { capture: true });
            removeEventListener('resize', schedule);
          },
        };
      },
    }),
  ],
});
