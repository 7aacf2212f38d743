import type { ClauseComment } from '@pactum/shared';
import { formatWhen } from '../lib/formatWhen.ts';

/** Who wrote a comment, when, and what. */
export function CommentBody({ comment }: { comment: ClauseComment }) {
  return (
    <div className="comment-body">
      <p className="comment-by">
        <strong>{comment.by.name}</strong> ({comment.by.delegation}) · {formatWhen(comment.at)}
      </p>
      <p className="comment-text">{comment.text}</p>
    </div>
  );
}
