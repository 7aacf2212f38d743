import type { ClauseTagsJSON, TreatyTags } from '@pactum/shared';
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
  const { parties, domains } = treaty;
  return (
    <>
      {clause.commitments.length === 0 ? (
        <p className="panel-note">No party has committed anything under this article yet.</p>
      ) : (
        <ul className="commitment-list" aria-label="Commitments under this article">
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
          The treaty has no parties yet.{' '}
          <button type="button" className="link-button" onClick={onEditParties}>
            Add the parties
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
