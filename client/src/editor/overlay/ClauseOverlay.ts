import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { OverlayLayer } from './OverlayLayer.ts';
import { overlayPartsOf } from './overlayParts.ts';

const key = new PluginKey('clauseOverlay');

/**
 * Draws the controls that other plugins give for each article (status
 * marker, tag line with its Tags button: see overlayParts.ts) in a layer beside the
 * editable root instead of inside it, each over its article, in the same
 * place and the same order for Tab as they had in the text.
 */
export const ClauseOverlay = Extension.create({
  name: 'clauseOverlay',
  addProseMirrorPlugins: () => [
    new Plugin({
      key,
      view: (view) => {
        const layer = new OverlayLayer(view);
        layer.update(overlayPartsOf(view.state));
        return {
          update: (updated) => layer.update(overlayPartsOf(updated.state)),
          destroy: () => layer.destroy(),
        };
      },
    }),
  ],
});
