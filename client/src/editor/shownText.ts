import { LANG_ATTR, LANGUAGE_TEXT_NODES } from '@pactum/shared';
import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';
import { Selection } from '@tiptap/pm/state';

export interface ShownText {
  node: ProseMirrorNode;
  /** Offset inside the parent's content: the text starts at the parent's content start plus this. */
  offset: number;
  index: number;
}

/**
 * The language text of `parent` (the title, the preamble or an article) that
 * the editor shows: the one in `lang`, or the first when `parent` has none
 * in `lang`, so that no part of the treaty is ever out of sight entirely.
 */
export function shownText(parent: ProseMirrorNode, lang: string): ShownText | null {
  let first: ShownText | null = null;
  let offset = 0;
  for (let index = 0; index < parent.childCount; index++) {
    const node = parent.child(index);
    if (LANGUAGE_TEXT_NODES.has(node.type.name)) {
      const text = { node, offset, index };
      if (node.attrs[LANG_ATTR] === lang) return text;
      first ??= text;
    }
    offset += node.nodeSize;
  }
  return first;
}

/** Whether the child of `parent` at `index` is a language text the editor does not show. */
export function isHiddenText(parent: ProseMirrorNode, index: number, lang: string): boolean {
  const child = parent.maybeChild(index);
  return (
    child !== null && LANGUAGE_TEXT_NODES.has(child.type.name) && shownText(parent, lang)?.index !== index
  );
}

/** Whether `$pos` lies inside a language text that is not shown (language texts are at depth 2). */
export function inHiddenText($pos: ResolvedPos, lang: string): boolean {
  return $pos.depth >= 2 && isHiddenText($pos.node(1), $pos.index(1), lang);
}

/** The first text selection from `$pos` in direction `dir` that is in shown text, skipping hidden ones. */
export function shownSelectionFrom($pos: ResolvedPos, dir: 1 | -1, lang: string): Selection | null {
  let $at = $pos;
  for (;;) {
    const found = Selection.findFrom($at, dir, true);
    if (!found || !inHiddenText(found.$head, lang)) return found;
    $at = found.$head.doc.resolve(dir > 0 ? found.$head.after(2) : found.$head.before(2));
  }
}

/** The shown text selection nearest `$pos`, looking forward first. */
export function shownSelectionNear($pos: ResolvedPos, lang: string): Selection | null {
  return shownSelectionFrom($pos, 1, lang) ?? shownSelectionFrom($pos, -1, lang);
}
