import { ClauseIdentity, TREATY_FRAGMENT, treatySchemaExtensions } from '@pactum/shared';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { type ReactNode, useEffect } from 'react';
import type { CollabSession } from '../collab/CollabSession.ts';
import { useSessionState } from '../collab/useSessionState.ts';
import type { Participant } from '../identity/identityStore.ts';
import { ClauseCommands } from './extensions/ClauseCommands.ts';
import { ClauseNumbers } from './extensions/ClauseNumbers.ts';
import { HeadingEnter } from './extensions/HeadingEnter.ts';
import { renderCaret } from './renderCaret.ts';
import { Toolbar } from './Toolbar.tsx';

interface TreatyEditorProps {
  session: CollabSession;
  /** Only read when the editor is created; later changes go through awareness. */
  user: Participant;
  /** Shown at the end of the toolbar row. */
  aside: ReactNode;
}

export function TreatyEditor({ session, user, aside }: TreatyEditorProps) {
  const editor = useEditor(
    {
      extensions: [
        ...treatySchemaExtensions,
        ClauseIdentity,
        ClauseCommands,
        ClauseNumbers,
        HeadingEnter,
        Collaboration.configure({ document: session.doc, field: TREATY_FRAGMENT }),
        CollaborationCaret.configure({ provider: session.provider, user, render: renderCaret }),
      ],
      immediatelyRender: false,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-label': 'Treaty text',
          'aria-multiline': 'true',
          class: 'treaty-text',
        },
        // Keep the cursor clear of the sticky header and toolbar when scrolling to it.
        scrollMargin: { top: 140, bottom: 60, left: 0, right: 0 },
        scrollThreshold: { top: 140, bottom: 60, left: 0, right: 0 },
      },
    },
    [session],
  );

  // Once the server has refused the treaty for good, nothing typed here could ever be saved.
  const closed = useSessionState(session, 'closed') !== null;
  useEffect(() => {
    editor?.setEditable(!closed);
  }, [editor, closed]);

  return (
    <>
      <div className="editor-bar">
        {editor && <Toolbar editor={editor} />}
        {aside}
      </div>
      <div className="paper">{editor && <EditorContent editor={editor} />}</div>
    </>
  );
}
