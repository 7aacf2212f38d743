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
 * the editor shows in `lang`: the one in `lang`, or the first when `parent`
 * has none in `lang`, so that no part of the treaty is ever out of sight entirely.
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

/** The texts of `parent` shown in `langs` (one language, or two side by side), in `langs`' order, each once. */
export function shownTexts(parent: ProseMirrorNode, langs: readonly string[]): ShownText[] {
  const texts: ShownText[] = [];
  for (const lang of langs) {
    const text = shownText(parent, lang);
    if (text && !texts.some((shown) => shown.index === text.index)) texts.push(text);
  }
  return texts;
}

/** Whether the child of `parent` at `index` is a language text the editor, showing `langs`, does not show. */
export function isHiddenText(parent: ProseMirrorNode, index: number, langs: readonly string[]): boolean {
  const child = parent.maybeChild(index);
  return (
    child !== null &&
    LANGUAGE_TEXT_NODES.has(child.type.name) &&
    !shownTexts(parent, langs).some((text) => text.index === index)
  );
}

/** Whether `$pos` lies inside a language text that is not shown (language texts are at depth 2). */
export function inHiddenText($pos: ResolvedPos, langs: readonly string[]): boolean {
  return $pos.depth >= 2 && isHiddenText($pos.node(1), $pos.index(1), langs);
}

/** The first text selection from `$pos` in direction `dir` that is in shown text, skipping hidden ones. */
export function shownSelectionFrom(
  $pos: ResolvedPos,
  dir: 1 | -1,
  langs: readonly string[],
): Selection | null {
  let $at = $pos;
  for (;;) {
    const found = Selection.findFrom($at, dir, true);
    if (!found || !inHiddenText(found.$head, langs)) return found;
    $at = found.$head.doc.resolve(dir > 0 ? found.$head.after(2) : found.$head.before(2));
  }
}

/** The shown text selection nearest `$pos`, looking forward first. */
export function shownSelectionNear($pos: ResolvedPos, langs: readonly string[]): Selection | null {
  return shownSelectionFrom($pos, 1, langs) ?? shownSelectionFrom($pos, -1, langs);
}
