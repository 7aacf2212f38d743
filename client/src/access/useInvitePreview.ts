import type { InvitePreviewJSON } from '@pactum/shared';
import { useEffect, useState } from 'react';
import { ApiRequestError } from '../api/treatyApi.ts';
import { previewInvite } from './accessApi.ts';

export type InvitePreview =
  | { status: 'loading' }
  | { status: 'unusable'; title: string; message: string }
  | { status: 'ready'; invite: InvitePreviewJSON };

/** What an unusable link means, in the words the invitee needs. */
export function unusableInvite(error: unknown): { title: string; message: string } {
  const status = error instanceof ApiRequestError ? error.status : 0;
  const message = error instanceof Error ? error.message : String(error);
  if (status === 404)
    return {
      title: 'This invite link is not valid',
      message: 'Check that you opened the whole link, or ask your chair for a new one.',
    };
  if (status === 410) return { title: 'This invite link can no longer be used', message };
  return { title: 'The invitation could not be opened', message };
}

/** The treaty, delegation and role an invite link offers, before accepting it. */
export function useInvitePreview(token: string): InvitePreview {
  const [preview, setPreview] = useState<InvitePreview>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setPreview({ status: 'loading' });
    previewInvite(token).then(
      (invite) => current && setPreview({ status: 'ready', invite }),
      (error: unknown) => current && setPreview({ status: 'unusable', ...unusableInvite(error) }),
    );
    return () => {
      current = false;
    };
  }, [token]);
  return preview;
}
