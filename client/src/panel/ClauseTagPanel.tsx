import { Action, CLAUSE_ID_ATTR, clauseLabel, EMPTY_CLAUSE_TAGS, roleAllows } from '@pactum/shared';
import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('panel');
  const treaty = useTreatyTags(session.tags);
  const clause = useEditorState({ editor, selector: ({ editor }) => selectClause(editor, clauseId) });
  const tags = treaty.byClause.get(clauseId) ?? EMPTY_CLAUSE_TAGS;
  const canManage = roleAllows(useMe().role, Action.manage);
  const { doc } = session;

  return (
    <SidePanel
      kicker={clause ? clauseLabel(clause.number, clause.lang) : t('article')}
      title={clause ? clause.heading || t('untitled') : t('deleted')}
      onClose={onClose}
      focusKey={clauseId}
    >
      <p className="panel-links">
        <button type="button" className="link-button" onClick={onHistory}>
          {t('history')}
        </button>
      </p>
      {!clause ? (
        <p className="panel-note">{t('deletedNote')}</p>
      ) : (
        <>
          <AgreementSection session={session} clauseId={clauseId} />
          <PanelSection title={t('domains.title')}>
            <DomainToggles doc={doc} clauseId={clauseId} domains={treaty.domains} selected={tags.domains} />
            {canManage && <AddDomainForm treatyId={session.treatyId} domains={treaty.domains} />}
          </PanelSection>
          <PanelSection title={t('threshold.title')}>
            <ThresholdForm key={clauseId} doc={doc} clauseId={clauseId} threshold={tags.threshold} />
          </PanelSection>
          <PanelSection
            title={t('commitments.title')}
            action={
              <button type="button" className="link-button" onClick={onEditParties}>
                {t('commitments.editParties')}
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
