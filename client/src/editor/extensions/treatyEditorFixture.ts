import { treatyDraftToJSON, treatySchemaExtensions } from '@pactum/shared';
import { type AnyExtension, Editor, type JSONContent } from '@tiptap/core';
import { ShownLanguage } from './ShownLanguage.ts';

const HEADINGS = ['Purpose', 'Assistance', 'Duration'];
const UK_HEADINGS = ['Мета', 'Допомога', 'Строк'];

/** A treaty of three articles in English and, with `uk`, in Ukrainian, as ProseMirror JSON. */
export function treatyJSON({ uk = true } = {}): JSONContent {
  return treatyDraftToJSON({
    title: 'Security Agreement',
    preamble: ['The Parties,'],
    clauses: HEADINGS.map((heading) => ({ heading, paragraphs: [`${heading} text.`] })),
    ...(uk && {
      languages: ['en', 'uk'],
      translations: {
        uk: {
          title: 'Угода про безпеку',
          preamble: ['Сторони,'],
          clauses: UK_HEADINGS.map((heading) => ({ heading, paragraphs: [`${heading}: текст.`] })),
        },
      },
    }),
  });
}

/**
 * An editor without a view showing `lang` (and `second` beside it), for tests. Tiptap adds the
 * extensions' plugins to the state when it mounts a view; here they are
 * added the same way without one. Without the core keymap, which looks for
 * `navigator` (not in Node 20); commands are called directly.
 */
export function treatyEditor(
  content: JSONContent,
  lang = 'en',
  extensions: AnyExtension[] = [],
  second: string | null = null,
): Editor {
  const editor = new Editor({
    extensions: [...treatySchemaExtensions, ShownLanguage.configure({ lang, second }), ...extensions],
    content,
    enableCoreExtensions: { keymap: false },
  });
  editor.view.updateState(editor.state.reconfigure({ plugins: editor.extensionManager.plugins }));
  return editor;
}

/** The position just inside the first text node that reads `text`. */
export function textPos(editor: Editor, text: string): number {
  let at = -1;
  editor.state.doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text === text) at = pos;
    return at < 0;
  });
  if (at < 0) throw new Error(`no text "${text}"`);
  return at;
}
