// The anchor of the first load, in the browser: the treaty in a plain Tiptap editor bound to the
// same document on the same server (y-websocket, the member's cookie), and nothing else of ours.
import { COLLAB_PATH, TREATY_FRAGMENT, treatySchemaExtensions } from '@pactum/shared';
import { Editor, Extension } from '@tiptap/core';
import { ySyncPlugin } from '@tiptap/y-tiptap';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const treatyId = new URLSearchParams(window.location.search).get('treaty') ?? '';
const doc = new Y.Doc();
const socketUrl = `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}${COLLAB_PATH}`;
new WebsocketProvider(socketUrl, treatyId, doc, { disableBc: true });
// What Tiptap's Collaboration extension does, without its undo manager: bind the view to the Y.XmlFragment.
const Collaboration = Extension.create({
  name: 'collaboration',
  addProseMirrorPlugins: () => [ySyncPlugin(doc.getXmlFragment(TREATY_FRAGMENT))],
});
new Editor({
  element: document.querySelector('#paper') as HTMLElement,
  extensions: [...treatySchemaExtensions, Collaboration],
  editorProps: { attributes: { class: 'treaty-text', role: 'textbox', 'aria-label': 'Treaty text' } },
});
