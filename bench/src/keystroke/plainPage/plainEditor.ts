// The anchor, in the browser: the same treaty in a plain Tiptap editor, no collaboration and nothing of ours.
import { TreatyNode, treatySchemaExtensions } from '@pactum/shared';
import { Editor, type JSONContent } from '@tiptap/core';

declare global {
  interface Window {
    plainEditor: {
      ready: boolean;
      /**
       * Inserts `count` characters into article `clause` (0-based) as `rate` separate
       * transactions per second, as remote typing would arrive; resolves with each one's time.
       */
      applyUpdates(clause: number, count: number, rate: number): Promise<number[]>;
    };
  }
}

const content = (await (await fetch('./doc.json')).json()) as JSONContent;
const editor = new Editor({
  element: document.querySelector('#paper') as HTMLElement,
  extensions: treatySchemaExtensions,
  content,
  editorProps: { attributes: { class: 'treaty-text', role: 'textbox', 'aria-label': 'Treaty text' } },
});

/** Where the first paragraph's text of article `index` starts. */
function bodyPosition(index: number): number {
  let found = -1;
  let seen = 0;
  editor.state.doc.forEach((node, offset) => {
    if (found >= 0 || node.type.name !== TreatyNode.clause) return;
    if (seen++ === index) found = offset + 1 + (node.firstChild?.nodeSize ?? 0) + 2;
  });
  return found;
}

window.plainEditor = {
  ready: true,
  applyUpdates: (clause, count, rate) =>
    new Promise((resolve) => {
      const pos = bodyPosition(clause) + 40;
      const durations: number[] = [];
      const started = performance.now();
      const tick = () => {
        const due = Math.min(count, Math.floor(((performance.now() - started) * rate) / 1000) + 1);
        while (durations.length < due) {
          const start = performance.now();
          const { state } = editor.view;
          editor.view.dispatch(state.tr.insertText('x', pos).setMeta('addToHistory', false));
          durations.push(performance.now() - start);
        }
        if (durations.length < count) setTimeout(tick, 2);
        else resolve(durations);
      };
      tick();
    }),
};
