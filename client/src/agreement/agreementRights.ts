import { Action, type MeJSON, roleAllows } from '@pactum/shared';

/** Which workflow controls to show; the server decides all the same. */
export interface AgreementRights {
  /** The delegation the caller acts for, if any (the operator has none). */
  delegation: string | null;
  /** Sign off: only for a party delegation. */
  signOff: boolean;
  /** Bracket, support options, enter reservations. */
  negotiate: boolean;
  comment: boolean;
  /** Adopt an option: the chair. */
  adopt: boolean;
}

export function agreementRights(me: MeJSON): AgreementRights {
  const negotiate = roleAllows(me.role, Action.negotiate) && me.delegation !== null;
  return {
    delegation: me.delegation,
    signOff: negotiate && me.canSignOff,
    negotiate,
    comment: roleAllows(me.role, Action.comment),
    adopt: roleAllows(me.role, Action.manage),
  };
}
