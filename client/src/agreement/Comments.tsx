import type { ClauseAgreement } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { addComment } from './agreementApi.ts';
import { CommentThreadItem } from './CommentThreadItem.tsx';
import { commentThreads } from './commentThreads.ts';
import { TextForm } from './TextForm.tsx';

interface CommentsProps {
  treatyId: string;
  agreement: ClauseAgreement;
  canComment: boolean;
}

/** The discussion of an article in threads; resolved threads fold away. */
export function Comments({ treatyId, agreement, canComment }: CommentsProps) {
  const { t } = useTranslation('agreement');
  const threads = commentThreads(agreement.comments);
  const open = threads.filter((thread) => !thread.root.resolved);
  const resolved = threads.filter((thread) => thread.root.resolved);
  const item = (thread: (typeof threads)[number]) => (
    <CommentThreadItem
      key={thread.root.id}
      treatyId={treatyId}
      clauseId={agreement.clauseId}
      thread={thread}
      canComment={canComment}
    />
  );

  return (
    <>
      {threads.length === 0 && <p className="agreement-note">{t('comments.none')}</p>}
      {open.length > 0 && (
        <ul className="comment-list" aria-label={t('comments.title')}>
          {open.map(item)}
        </ul>
      )}
      {resolved.length > 0 && (
        <details className="agreement-details">
          <summary>{t('comments.resolvedThreads', { count: resolved.length })}</summary>
          <ul className="comment-list">{resolved.map(item)}</ul>
        </details>
      )}
      {canComment && (
        <TextForm
          label={t('comments.new')}
          submitLabel={t('comments.submit')}
          rows={2}
          onSubmit={(text) => addComment(treatyId, agreement.clauseId, text)}
        />
      )}
    </>
  );
}
