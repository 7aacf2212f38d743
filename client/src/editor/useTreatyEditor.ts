import { ClauseIdentity, TREATY_FRAGMENT, treatySchemaExtensions } from '@pactum/shared';
import Collaboration from '@tiptap/extension-collaboration';
import { type Editor, useEditor } from '@tiptap/react';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { AgreementDecorations } from '../agreement/AgreementDecorations.ts';
import { agreementStoreFor } from '../agreement/agreementStoreFor.ts';
import type { CollabSession } from '../collab/CollabSession.ts';
import type { Participant } from '../collab/participant.ts';
import { useSessionState } from '../collab/useSessionState.ts';
import { caretAwareness } from './caretAwareness.ts';
import { ConcordanceDecorations } from './concordance/ConcordanceDecorations.ts';
import { editorRecoveryFor } from './editorRecoveryFor.ts';
import { ClauseCommands } from './extensions/ClauseCommands.ts';
import { ClauseFilterHighlight } from './extensions/ClauseFilterHighlight.ts';
import { ClauseNumbers } from './extensions/ClauseNumbers.ts';
import { ClauseTags } from './extensions/ClauseTags.ts';
import { ClauseWindowTracker } from './extensions/ClauseWindow.ts';
import { FailClosed } from './extensions/FailClosed.ts';
import { HeadingEnter } from './extensions/HeadingEnter.ts';
import { InterfaceLanguageRefresh } from './extensions/interfaceLanguageRefresh.ts';
import { NarrowRemoteSteps } from './extensions/NarrowRemoteSteps.ts';
import { PasteSanitizer } from './extensions/PasteSanitizer.ts';
import { RemoteCarets } from './extensions/RemoteCarets.ts';
import { ShownLanguage } from './extensions/ShownLanguage.ts';
import { ClauseOverlay } from './overlay/ClauseOverlay.ts';
import { renderCaret } from './renderCaret.ts';
import { restoreCaret } from './restoreCaret.ts';

/**
 * The editor of an open treaty, showing and editing its text in `lang`, and
 * in `second` beside it when side by side (the other languages stay hidden;
 * other languages make a new editor). `user` is
 * only read when the editor is created (later changes go through awareness);
 * `onOpenTags` and `mayConfirmConcordance` (a drafter or chair of a party) may change.
 * Without `canEdit` (observers) the text is read-only; the server drops their updates anyway.
 * When a remote change cannot be applied, the editor stops writing and is
 * created anew from the Y.Doc (see `FailClosed` and `EditorRecovery`).
 */
export function useTreatyEditor(
  session: CollabSession,
  user: Participant,
  canEdit: boolean,
  onOpenTags: (clauseId: string) => void,
  { lang, second }: { lang: string; second: string | null },
  mayConfirmConcordance: boolean,
): Editor | null {
  const openTags = useRef(onOpenTags);
  const mayConfirm = useRef(mayConfirmConcordance);
  mayConfirm.current = mayConfirmConcordance;
  useEffect(() => {
    openTags.current = onOpenTags;
  }, [onOpenTags]);

  const recovery = editorRecoveryFor(session);
  const { generation, status } = useSyncExternalStore(recovery.subscribe, recovery.getState);
  const stopped = status === 'stopped';

  const editor = useEditor(
    {
      extensions: [
        FailClosed.configure({ onFailure: ({ selection }) => recovery.failed(selection) }),
        ...treatySchemaExtensions,
        ShownLanguage.configure({ lang, second }),
        ClauseIdentity,
        ClauseCommands,
        ClauseNumbers,
        ClauseWindowTracker,
        ClauseOverlay,
        InterfaceLanguageRefresh,
        ClauseTags.configure({ store: session.tags, onOpen: (clauseId) => openTags.current(clauseId) }),
        ClauseFilterHighlight.configure({ store: session.tags }),
        AgreementDecorations.configure({
          store: agreementStoreFor(session),
          onOpen: (clauseId) => openTags.current(clauseId),
        }),
        ConcordanceDecorations.configure({
          store: agreementStoreFor(session),
          doc: session.doc,
          treatyId: session.treatyId,
          mayConfirm: () => mayConfirm.current,
          whenSaved: () => session.whenSaved(),
        }),
        HeadingEnter,
        PasteSanitizer,
        Collaboration.configure({ document: session.doc, field: TREATY_FRAGMENT }),
        NarrowRemoteSteps,
        RemoteCarets.configure({
          provider: {
            awareness: caretAwareness(
              session.awareness,
              session.doc.getXmlFragment(TREATY_FRAGMENT),
              second !== null,
            ),
          },
          user,
          render: renderCaret,
        }),
      ],
      editable: canEdit && !stopped,
      immediatelyRender: false,
      // Its base styles are in styles/editorBase.css: an injected <style> breaks the CSP.
      injectCSS: false,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          role: 'textbox',
          // Its aria-label, in the interface language, comes from InterfaceLanguageRefresh.
          'aria-multiline': 'true',
          class: second ? 'treaty-text side-by-side' : 'treaty-text',
        },
        // Keep the cursor clear of the sticky header and toolbar when scrolling to it.
        scrollMargin: { top: 140, bottom: 60, left: 0, right: 0 },
        scrollThreshold: { top: 140, bottom: 60, left: 0, right: 0 },
      },
    },
    [session, generation, lang, second],
  );

  // Once the server has refused the treaty for good, nothing typed here could ever be saved.
  const closed = useSessionState(session, 'closed') !== null;
  useEffect(() => {
    editor?.setEditable(canEdit && !closed && !stopped);
  }, [editor, canEdit, closed, stopped]);

  useEffect(() => {
    const selection = editor && recovery.takeSelection();
    if (!editor || !selection) return;
    const restore = () => restoreCaret(editor, selection);
    if (editor.isInitialized) restore();
    else editor.once('create', restore);
  }, [editor, recovery]);

  return editor;
}
