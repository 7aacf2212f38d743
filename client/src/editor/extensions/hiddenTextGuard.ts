import { isLanguageCode, LANG_ATTR, LANGUAGE_TEXT_NODES, TreatyNode } from '@pactum/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';
import {
  AddMarkStep,
  AddNodeMarkStep,
  AttrStep,
  DocAttrStep,
  RemoveMarkStep,
  RemoveNodeMarkStep,
  ReplaceAroundStep,
  ReplaceStep,
  type Step,
} from '@tiptap/pm/transform';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { inHiddenText, isHiddenText, shownSelectionNear } from '../shownText.ts';

const isRemoteChange = (tr: Transaction): boolean => Boolean(tr.getMeta(ySyncPluginKey)?.isChangeOrigin);

/** The ranges of the document before `step` that it changes (a node step: the node's opening). */
function changedRanges(step: Step): Array<{ from: number; to: number }> {
  if (
    step instanceof ReplaceStep ||
    step instanceof ReplaceAroundStep ||
    step instanceof AddMarkStep ||
    step instanceof RemoveMarkStep
  )
    return [{ from: step.from, to: step.to }];
  if (step instanceof AttrStep || step instanceof AddNodeMarkStep || step instanceof RemoveNodeMarkStep)
    return [{ from: step.pos, to: step.pos + 1 }];
  if (step instanceof DocAttrStep) return [];
  const ranges: Array<{ from: number; to: number }> = [];
  step.getMap().forEach((from, to) => {
    ranges.push({ from, to });
  });
  return ranges;
}

function languagesOf(clause: ProseMirrorNode): Set<unknown> {
  const languages = new Set<unknown>();
  clause.forEach((text) => {
    if (LANGUAGE_TEXT_NODES.has(text.type.name)) languages.add(text.attrs[LANG_ATTR]);
  });
  return languages;
}

/**
 * Whether `step`, applied to `doc`, changes a language text not shown in `langs`
 * (see shownText): its content, its attributes or its existence. Removing
 * whole articles is not such a change, nor is putting whole articles in their
 * place (a move, or a paste over selected articles) as long as each brings a
 * text in every hidden language it replaces; anything else that reaches into
 * a hidden text is, the title and the preamble replaced whole included.
 * Naming the language of a text that has none (nameLanguages.ts) is not.
 */
export function stepEditsHiddenText(doc: ProseMirrorNode, step: Step, langs: readonly string[]): boolean {
  if (
    step instanceof AttrStep &&
    step.attr === LANG_ATTR &&
    !isLanguageCode(doc.nodeAt(step.pos)?.attrs[LANG_ATTR])
  )
    return false;
  for (const { from, to } of changedRanges(step)) {
    const $from = doc.resolve(from);
    const removed = new Set<unknown>();
    for (let index = $from.index(0), pos = $from.posAtIndex(index, 0); index < doc.childCount; index++) {
      // A node that starts where the range ends is untouched (an insertion between two nodes).
      if (pos >= to) break;
      const parent = doc.child(index);
      const end = pos + parent.nodeSize;
      const whole =
        step instanceof ReplaceStep && parent.type.name === TreatyNode.clause && from <= pos && to >= end;
      let found = false;
      parent.forEach((text, offset, child) => {
        const start = pos + 1 + offset;
        if (found || from >= start + text.nodeSize || to <= start || !isHiddenText(parent, child, langs))
          return;
        if (whole) removed.add(text.attrs[LANG_ATTR]);
        else found = true;
      });
      if (found) return true;
      pos = end;
    }
    if (removed.size > 0 && step instanceof ReplaceStep) {
      const { content, openStart, openEnd } = step.slice;
      let replaced = openStart === 0 && openEnd === 0;
      content.forEach((node) => {
        const languages = languagesOf(node);
        replaced &&= node.type.name === TreatyNode.clause && [...removed].every((l) => languages.has(l));
      });
      if (!replaced) return true;
    }
  }
  return false;
}

/** Whether any step of `tr` changes a hidden language text ({@link stepEditsHiddenText}). */
export function editsHiddenText(tr: Transaction, langs: readonly string[]): boolean {
  return tr.steps.some((step, index) => {
    const doc = tr.docs[index];
    return doc !== undefined && stepEditsHiddenText(doc, step, langs);
  });
}

/**
 * Keeps the user's edits out of the languages the editor does not show: a
 * local transaction that changes a hidden text is refused whole (remote ones,
 * and undo, which y-tiptap applies from Yjs as remote, always pass). A
 * selection across hidden texts never gets here with such an edit: it is a
 * ShownSelection, whose ranges are the shown texts only. This is the last
 * line, for what builds its steps from positions instead (a pasted article
 * in the middle of a text, an input rule).
 * A caret that a local change leaves in a hidden text is moved to the
 * nearest shown one, where typing is possible.
 */
export function hiddenTextGuard(langs: readonly string[]): Plugin {
  return new Plugin({
    key: new PluginKey('hiddenTextGuard'),
    filterTransaction: (tr) => !tr.docChanged || isRemoteChange(tr) || !editsHiddenText(tr, langs),
    appendTransaction: (transactions, _oldState, state) => {
      const { selection } = state;
      if (!(selection instanceof TextSelection) || transactions.every(isRemoteChange)) return null;
      if (!inHiddenText(selection.$head, langs) && !inHiddenText(selection.$anchor, langs)) return null;
      const shown = shownSelectionNear(selection.$head, langs);
      return shown ? state.tr.setSelection(shown) : null;
    },
  });
}
