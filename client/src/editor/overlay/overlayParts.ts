import type { EditorState, Plugin } from '@tiptap/pm/state';

/** Where a part sits among an article's controls; also their order for Tab: marker, then tags. */
export const OverlaySlot = { marker: 0, tags: 1 } as const;
export type OverlaySlot = (typeof OverlaySlot)[keyof typeof OverlaySlot];

/**
 * One control drawn beside an article, outside the editable text (see
 * ClauseOverlay.ts): `key` changes exactly when the drawing would, as a
 * ProseMirror widget's key does, so unchanged parts keep their DOM.
 */
export interface OverlayPart {
  clauseId: string;
  /** The article's index among the document's top-level nodes: the order of the layer, for Tab. */
  index: number;
  slot: OverlaySlot;
  key: string;
  render: () => HTMLElement;
  /** Classes the article's box takes (the article whose tag panel is open, say). */
  itemClass?: string;
}

/**
 * The name of the plugin spec field that gives a plugin's parts for a state: the
 * same array while nothing it draws changed, so the layer skips every keystroke.
 */
export const OVERLAY_PARTS = 'clauseOverlayParts';

export type OverlayPartsOf = (state: EditorState) => readonly OverlayPart[] | undefined;

/** Every plugin's parts for `state`, one array per plugin that draws any. */
export function overlayPartsOf(state: EditorState): (readonly OverlayPart[])[] {
  const lists: (readonly OverlayPart[])[] = [];
  for (const plugin of state.plugins as readonly Plugin[]) {
    const partsOf = plugin.spec[OVERLAY_PARTS] as OverlayPartsOf | undefined;
    const parts = partsOf?.(state);
    if (parts) lists.push(parts);
  }
  return lists;
}
