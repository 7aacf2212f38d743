import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { i18next } from '../../i18n/i18n.ts';
import { renameCarets } from '../renderCaret.ts';

/**
 * Meta of the transaction sent when the interface language changes: plugins
 * whose decorations or widgets hold interface text (tag buttons, markers,
 * concordance strips, filter notes) rebuild them, worded anew.
 */
export const interfaceLanguageChangedKey = new PluginKey('interfaceLanguageChanged');

/** Whether `tr` asks for the interface text in the decorations to be rebuilt. */
export function interfaceLanguageChanged(tr: { getMeta(key: PluginKey): unknown }): boolean {
  return Boolean(tr.getMeta(interfaceLanguageChangedKey));
}

/** The interface language now, for widget keys: a widget drawn in another language must be redrawn. */
export function interfaceLanguage(): string {
  return i18next.language || 'en';
}

export const interfaceLanguageRefreshKey = new PluginKey('interfaceLanguageRefresh');

/**
 * Sends one {@link interfaceLanguageChangedKey} transaction when the reader
 * switches the interface language (no reload), and stops listening when the
 * editor goes. Also names the editable text in the interface language.
 */
export const InterfaceLanguageRefresh = Extension.create({
  name: 'interfaceLanguageRefresh',
  addProseMirrorPlugins: () => [
    new Plugin({
      key: interfaceLanguageRefreshKey,
      view: (view) => {
        const changed = () => {
          if (view.isDestroyed) return;
          renameCarets(view.dom);
          view.dispatch(
            view.state.tr.setMeta(interfaceLanguageChangedKey, true).setMeta('addToHistory', false),
          );
        };
        i18next.on('languageChanged', changed);
        return { destroy: () => i18next.off('languageChanged', changed) };
      },
      props: { attributes: () => ({ 'aria-label': i18next.t('editor:textLabel') }) },
    }),
  ],
});
