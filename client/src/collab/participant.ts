import type { MeJSON } from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';

/** Who a cursor and a presence entry belong to, as awareness carries it. */
export interface Participant {
  name: string;
  delegation: string;
  color: string;
}

/**
 * The awareness identity is the membership's (the server rewrites anything else); the operator
 * has no delegation and shows their role instead, in the interface language at the time.
 */
export function participantOf(me: MeJSON): Participant {
  return {
    name: me.displayName,
    delegation: me.delegation ?? i18next.t(`access:role.${me.role}`),
    color: me.color,
  };
}
