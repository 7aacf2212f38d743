import { useTranslation } from 'react-i18next';
import { useAction } from '../lib/useAction.ts';
import { useToggle } from '../lib/useToggle.ts';
import { ActionError } from './ActionError.tsx';
import { addComment, resolveComment } from './agreementApi.ts';
import { CommentBody } from './CommentBody.tsx';
import type { CommentThread } from './commentThreads.ts';
import { TextForm } from './TextForm.tsx';

interface CommentThreadItemProps {
  treatyId: string;
  clauseId: string;
  thread: CommentThread;
  canComment: boolean;
}

/** A comment with its answers; open threads can be answered and resolved. */
export function CommentThreadItem({ treatyId, clauseId, thread, canComment }: CommentThreadItemProps) {
  const { t } = useTranslation('agreement');
  const [replying, reply, close] = useToggle();
  const resolve = useAction();
  const { root, replies } = thread;

  return (
    <li
      className="comment-thread"
      data-testid="comment-thread"
      data-state={root.resolved ? 'resolved' : 'open'}
    >
      <CommentBody comment={root} />
      {replies.length > 0 && (
        <ul className="comment-replies">
          {replies.map((comment) => (
            <li key={comment.id}>
              <CommentBody comment={comment} />
            </li>
          ))}
        </ul>
      )}
      {root.resolved && (
        <p className="comment-resolved">{t('comments.resolvedBy', { name: root.resolved.by.name })}</p>
      )}
      {canComment &&
        !root.resolved &&
        (replying ? (
          <TextForm
            label={t('comments.replyTo', { name: root.by.name })}
            submitLabel={t('comments.reply')}
            rows={2}
            onSubmit={(text) => addComment(treatyId, clauseId, text, root.id)}
            onDone={close}
            onCancel={close}
          />
        ) : (
          <div className="agreement-controls">
            <button type="button" className="link-button" onClick={reply}>
              {t('comments.reply')}
            </button>
            <button
              type="button"
              className="link-button"
              disabled={resolve.busy}
              onClick={() => resolve.run(() => resolveComment(treatyId, root.id))}
            >
              {t('comments.resolve')}
            </button>
            <ActionError error={resolve.error} />
          </div>
        ))}
    </li>
  );
}
