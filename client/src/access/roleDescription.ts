import type { Role } from '@pactum/shared';

/** What each role may do, in one line for people choosing or receiving it. */
export const ROLE_DESCRIPTION: Record<Role, string> = {
  chair: 'Edits the text, invites and removes members, names versions.',
  drafter: 'Edits the text and tags, signs off and comments for the delegation.',
  observer: 'Reads the text, tags and versions; cannot change anything.',
};
