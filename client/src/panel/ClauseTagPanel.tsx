import { Action, CLAUSE_ID_ATTR, clauseLabel, EMPTY_CLAUSE_TAGS, roleAllows } from '@pactum/shared';
import { type Editor, useEditorState } from '@tiptap/react';
import { useMe } from '../access/MeContext.tsx';
import { AgreementSection } from '../agreement/AgreementSection.tsx';
import type { CollabSession } from '../collab/CollabSession.ts';
import { isClause } from '../editor/clauseAt.ts';
import { shownLanguage } from '../editor/extensions/ShownLanguage.ts';
import { shownText } from '../editor/shownText.ts';
import { useTreatyTags } from '../tags/useTreatyTags.ts';
import { AddDomainForm } from './AddDomainForm.tsx';
import { CommitmentsTable } from './CommitmentsTable.tsx';
import { DomainToggles } from './DomainToggles.tsx';
import { PanelSection } from './PanelSection.tsx';
import { SidePanel } from './SidePanel.tsx';
import { ThresholdForm } from './ThresholdForm.tsx';

interface ClauseTagPanelProps {
  session: CollabSession;
  editor: Editor;
  clauseId: string;
  onClose: () => void;
  onEditParties: () => void;
  onHistory: () => void;
}

/** Number, shown heading and its language of the clause as they are now in the text; null once it is deleted. */
function selectClause(
  editor: Editor,
  clauseId: string,
): { number: number; heading: string; lang: string } | null {
  const lang = shownLanguage(editor.state);
  let number = 0;
  let found: { number: number; heading: string; lang: string } | null = null;
  editor.state.doc.forEach((node) => {
    if (found || !isClause(node)) return;
    number++;
    if (node.attrs[CLAUSE_ID_ATTR] === clauseId) {
      const heading = shownText(node, lang)?.node.firstChild?.textContent ?? '';
      found = { number, heading, lang };
    }
  });
  return found;
}

/** Domains, trigger and commitments of one clause, written straight to the shared document. */
export function ClauseTagPanel({
  session,
  editor,
  clauseId,
  onClose,
  onEditParties,
  onHistory,
}: ClauseTagPanelProps) {
  const treaty = useTreatyTags(session.tags);
  const clause = useEditorState({ editor, selector: ({ editor }) => selectClause(editor, clauseId) });
  const tags = treaty.byClause.get(clauseId) ?? EMPTY_CLAUSE_TAGS;
  const canManage = roleAllows(useMe().role, Action.manage);
  const { doc } = session;

  return (
    <SidePanel
      kicker={clause ? clauseLabel(clause.number, clause.lang) : 'Article'}
      title={clause ? clause.heading || 'Untitled article' : 'Article deleted'}
      onClose={onClose}
      focusKey={clauseId}
    >
      <p className="panel-links">
        <button type="button" className="link-button" onClick={onHistory}>
          History of this article
        </button>
      </p>
      {!clause ? (
        <p className="panel-note">
          This article is no longer in the text. Undo its deletion, or restore it from its history, to edit
          its tags again.
        </p>
      ) : (
        <>
          <AgreementSection session={session} clauseId={clauseId} />
          <PanelSection title="Domains">
            <DomainToggles doc={doc} clauseId={clauseId} domains={treaty.domains} selected={tags.domains} />
            {canManage && <AddDomainForm treatyId={session.treatyId} />}
          </PanelSection>
          <PanelSection title="Trigger">
            <ThresholdForm key={clauseId} doc={doc} clauseId={clauseId} threshold={tags.threshold} />
          </PanelSection>
          <PanelSection
            title="Commitments"
            action={
              <button type="button" className="link-button" onClick={onEditParties}>
                Edit parties
              </button>
            }
          >
            <CommitmentsTable
              key={clauseId}
              doc={doc}
              clauseId={clauseId}
              treaty={treaty}
              clause={tags}
              onEditParties={onEditParties}
            />
          </PanelSection>
        </>
      )}
    </SidePanel>
  );
}
