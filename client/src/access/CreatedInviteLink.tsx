import type { CreatedInviteJSON } from '@pactum/shared';
import { useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useFocusTrap } from '../lib/useFocusTrap.ts';

interface CreatedInviteLinkProps {
  invite: CreatedInviteJSON;
  onDismiss: () => void;
}

/** The new link, shown once: the server keeps only its hash, so it cannot be shown again. */
export function CreatedInviteLink({ invite, onDismiss }: CreatedInviteLinkProps) {
  const { t } = useTranslation('access');
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
        <Trans
          t={t}
          i18nKey={`createdInvite.intro.${invite.role}`}
          values={{ delegation: invite.delegation }}
          components={{ strong: <strong /> }}
        />
      </p>
      <div className="created-invite-row">
        <label htmlFor={`${id}-link`} className="visually-hidden">
          {t('createdInvite.link')}
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
          {copied ? t('createdInvite.copied') : t('createdInvite.copy')}
        </button>
        <button type="button" className="button-quiet" onClick={onDismiss}>
          {t('createdInvite.done')}
        </button>
      </div>
      {copied === false && <p className="field-hint">{t('createdInvite.selected')}</p>}
    </div>
  );
}
