import { type CreatedInviteJSON, ROLE_LABEL } from '@pactum/shared';
import { useId, useRef, useState } from 'react';
import { useFocusTrap } from '../lib/useFocusTrap.ts';

interface CreatedInviteLinkProps {
  invite: CreatedInviteJSON;
  onDismiss: () => void;
}

/** The new link, shown once: the server keeps only its hash, so it cannot be shown again. */
export function CreatedInviteLink({ invite, onDismiss }: CreatedInviteLinkProps) {
  const link = `${window.location.origin}${invite.path}`;
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  // Focus goes to the link (selected, ready to copy); Escape or Done puts it back where the invite was made.
  useFocusTrap(root, { onEscape: onDismiss });

  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard permission: the link is selected, ready for Ctrl+C.
      setCopied(false);
    }
  };

  return (
    <div ref={root} className="created-invite" role="status" data-testid="created-invite">
      <p>
        Invite link for <strong>{invite.delegation}</strong> as {ROLE_LABEL[invite.role].toLowerCase()}. Copy
        it now and send it to them: it is shown only once.
      </p>
      <div className="created-invite-row">
        <label htmlFor={`${id}-link`} className="visually-hidden">
          Invite link
        </label>
        <input
          ref={input}
          id={`${id}-link`}
          readOnly
          value={link}
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button-primary" onClick={copy}>
          {copied ? 'Copied' : 'Copy link'}
        </button>
        <button type="button" className="button-quiet" onClick={onDismiss}>
          Done
        </button>
      </div>
      {copied === false && <p className="field-hint">The link is selected: press Ctrl+C (⌘C) to copy it.</p>}
    </div>
  );
}
