import type { ClauseComment } from '@pactum/shared';

export interface CommentThread {
  root: ClauseComment;
  /** Every answer in the thread, to the root or to another answer, oldest first. */
  replies: ClauseComment[];
}

/** Comments grouped by the comment that started each thread, in the order given (oldest first). */
export function commentThreads(comments: readonly ClauseComment[]): CommentThread[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const rootOf = (comment: ClauseComment): ClauseComment => {
    let current = comment;
    const seen = new Set<string>();
    while (current.parentId && !seen.has(current.id)) {
      seen.add(current.id);
      const parent = byId.get(current.parentId);
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  const threads = new Map<string, CommentThread>();
  for (const comment of comments) {
    const root = rootOf(comment);
    let thread = threads.get(root.id);
    if (!thread) {
      thread = { root, replies: [] };
      threads.set(root.id, thread);
    }
    if (comment !== root) thread.replies.push(comment);
  }
  return [...threads.values()];
}
