import { type MeJSON, ROLE_LABEL } from '@pactum/shared';

/** Who a cursor and a presence entry belong to, as awareness carries it. */
export interface Participant {
  name: string;
  delegation: string;
  color: string;
}

/** The awareness identity is the membership's (the server rewrites anything else); the operator has no delegation. */
export function participantOf(me: MeJSON): Participant {
  return { name: me.displayName, delegation: me.delegation ?? ROLE_LABEL[me.role], color: me.color };
}
