/**
 * Who may do what in a treaty. The server enforces this on every REST call
 * and every WebSocket message; the client only uses it to hide controls.
 */
export const ROLES = ['chair', 'drafter', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  chair: 'Chair',
  drafter: 'Drafter',
  observer: 'Observer',
};

export const Action = {
  /** Read the text, tags, versions, workflow and audit log. */
  read: 'read',
  /** Change text and tags (WebSocket updates), restore versions. */
  edit: 'edit',
  /** Sign off, bracket, propose and support options, reserve — for one's own delegation. */
  negotiate: 'negotiate',
  comment: 'comment',
  /** Invites, members, adopting options, naming versions. */
  manage: 'manage',
} as const;
export type Action = (typeof Action)[keyof typeof Action];

const ALLOWED: Record<Role, ReadonlySet<Action>> = {
  chair: new Set(Object.values(Action)),
  drafter: new Set([Action.read, Action.edit, Action.negotiate, Action.comment]),
  observer: new Set([Action.read]),
};

export function roleAllows(role: Role, action: Action): boolean {
  return ALLOWED[role].has(action);
}
