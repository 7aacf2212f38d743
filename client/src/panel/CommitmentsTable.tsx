import type { ClauseTagsJSON, TreatyTags } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { AddCommitmentForm } from './AddCommitmentForm.tsx';
import { CommitmentRow } from './CommitmentRow.tsx';

interface CommitmentsTableProps {
  doc: Y.Doc;
  clauseId: string;
  treaty: TreatyTags;
  clause: ClauseTagsJSON;
  onEditParties: () => void;
}

/** Who owes what under the clause: one row per commitment, and a row to add one. */
export function CommitmentsTable({ doc, clauseId, treaty, clause, onEditParties }: CommitmentsTableProps) {
  const { t } = useTranslation('panel');
  const { parties, domains } = treaty;
  return (
    <>
      {clause.commitments.length === 0 ? (
        <p className="panel-note">{t('commitments.none')}</p>
      ) : (
        <ul className="commitment-list" aria-label={t('commitments.list')}>
          {clause.commitments.map((commitment) => (
            <CommitmentRow
              key={commitment.id}
              doc={doc}
              commitment={commitment}
              parties={parties}
              domains={domains}
            />
          ))}
        </ul>
      )}
      {parties.length === 0 ? (
        <p className="panel-note">
          {t('commitments.noParties')}{' '}
          <button type="button" className="link-button" onClick={onEditParties}>
            {t('commitments.addParties')}
          </button>
        </p>
      ) : (
        <AddCommitmentForm
          doc={doc}
          clauseId={clauseId}
          parties={parties}
          domains={domains}
          clauseDomains={clause.domains}
        />
      )}
    </>
  );
}
