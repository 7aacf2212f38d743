import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** Dropped with everything inside them: code, styles, embedded documents and media. */
const DROPPED =
  'script, style, link, meta, base, title, template, noscript, iframe, frame, frameset, object, embed, applet, svg, math, img, picture, video, audio, source, track, canvas, form, input, button, select, textarea';

/**
 * Attributes the treaty schema reads back (its node classes, clause ids, the
 * language of each text, checked as it is parsed) and
 * ProseMirror's own slice marker for copying inside the editor; every other
 * one, handlers, styles and URLs included, is removed.
 */
const KEPT_ATTRIBUTES = new Set(['class', 'data-clause-id', 'lang', 'data-pm-slice']);

/**
 * Pasted and dropped HTML, cleaned before ProseMirror parses it: only the
 * markup of text is left. The schema would drop the rest anyway (it has no
 * links, images or styles); this keeps it from ever reaching a parser that
 * could load or run it, whatever a later schema or extension reads.
 */
export function sanitizePastedHtml(html: string): string {
  // DOMParser makes an inert document: nothing in it loads or runs.
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const element of document.body.querySelectorAll(DROPPED)) element.remove();
  for (const element of document.body.querySelectorAll('*')) {
    for (const { name } of [...element.attributes]) {
      if (!KEPT_ATTRIBUTES.has(name.toLowerCase())) element.removeAttribute(name);
    }
  }
  return document.body.innerHTML;
}

export const PasteSanitizer = Extension.create({
  name: 'pasteSanitizer',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('pasteSanitizer'),
        props: { transformPastedHTML: sanitizePastedHtml },
      }),
    ];
  },
});
