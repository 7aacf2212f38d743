import type { InvitePreviewJSON } from '@pactum/shared';
import { useEffect, useState } from 'react';
import { ApiRequestError } from '../api/treatyApi.ts';
import { previewInvite } from './accessApi.ts';

/** Why a link cannot be used: unknown (404), no longer usable (410), or the call failed. */
export type InviteProblem = 'invalid' | 'gone' | 'failed';

export type InvitePreview =
  | { status: 'loading' }
  | { status: 'unusable'; problem: InviteProblem; error: unknown }
  | { status: 'ready'; invite: InvitePreviewJSON };

/** What an unusable link means for the invitee; the page words it in the interface language. */
export function inviteProblem(error: unknown): InviteProblem {
  const status = error instanceof ApiRequestError ? error.status : 0;
  if (status === 404) return 'invalid';
  if (status === 410) return 'gone';
  return 'failed';
}

/** The treaty, delegation and role an invite link offers, before accepting it. */
export function useInvitePreview(token: string): InvitePreview {
  const [preview, setPreview] = useState<InvitePreview>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setPreview({ status: 'loading' });
    previewInvite(token).then(
      (invite) => current && setPreview({ status: 'ready', invite }),
      (error: unknown) => current && setPreview({ status: 'unusable', problem: inviteProblem(error), error }),
    );
    return () => {
      current = false;
    };
  }, [token]);
  return preview;
}
