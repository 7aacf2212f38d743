import { isLanguageCode, LANG_ATTR, LANGUAGE_TEXT_NODES } from '@pactum/shared';
import { combineTransactionSteps, getChangedRanges } from '@tiptap/core';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { treatyLanguages } from '../treatyLanguages.ts';

const isRemoteChange = (tr: Transaction): boolean => Boolean(tr.getMeta(ySyncPluginKey)?.isChangeOrigin);

/** Whether a local `tr` inserts language texts: typing, which inserts text only, never does. */
function insertsLanguageTexts(tr: Transaction): boolean {
  if (!tr.docChanged || isRemoteChange(tr)) return false;
  return tr.steps.some((step) => {
    if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return false;
    let found = false;
    step.slice.content.descendants((node) => {
      found ||= LANGUAGE_TEXT_NODES.has(node.type.name);
      return !found && !node.isTextblock;
    });
    return found;
  });
}

/**
 * Gives a language to each language text that a local change made without
 * one: ProseMirror fills in required nodes with default attributes (select all
 * and type makes a new title, preamble and article), and the server refuses
 * a text without its language. Each gets the first of the treaty's languages
 * its title, preamble or article has no text in yet, else `lang`.
 */
export function nameLanguagesPlugin(lang: string): Plugin {
  return new Plugin({
    key: new PluginKey('nameLanguages'),
    appendTransaction(transactions, oldState, newState) {
      if (!transactions.some(insertsLanguageTexts)) return null;
      const changes = combineTransactionSteps(oldState.doc, [...transactions]);
      const tr = newState.tr;
      let languages: string[] | undefined;
      for (const { newRange } of getChangedRanges(changes)) {
        newState.doc.nodesBetween(newRange.from, newRange.to, (parent, pos, container) => {
          if (container !== newState.doc) return false;
          const present = new Set<unknown>();
          parent.forEach((text) => {
            present.add(text.attrs[LANG_ATTR]);
          });
          parent.forEach((text, offset) => {
            if (!LANGUAGE_TEXT_NODES.has(text.type.name) || isLanguageCode(text.attrs[LANG_ATTR])) return;
            languages ??= treatyLanguages(newState, lang);
            const code = languages.find((candidate) => !present.has(candidate)) ?? lang;
            present.add(code);
            tr.setNodeAttribute(pos + 1 + offset, LANG_ATTR, code);
          });
          return false;
        });
      }
      return tr.docChanged ? tr : null;
    },
  });
}
