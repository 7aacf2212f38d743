import { useTranslation } from 'react-i18next';
import type { RestoreOutcome } from './useRestore.ts';

interface RestoreNoticeProps {
  outcome: RestoreOutcome;
  onUndo: () => void;
  onDismiss: () => void;
}

/** What the last restore did, with a way to take it back. */
export function RestoreNotice({ outcome, onUndo, onDismiss }: RestoreNoticeProps) {
  const { t } = useTranslation('versions');
  const tone = outcome.state === 'failed' || outcome.state === 'blocked' ? 'is-problem' : 'is-done';
  return (
    // A restore is said by the app's announcer (useRestore); a problem is an alert.
    <div
      className={`restore-notice ${tone}`}
      role={tone === 'is-problem' ? 'alert' : undefined}
      data-testid="restore-notice"
    >
      <p>
        {t(`restore.${outcome.state}`, { what: outcome.label })}
        {outcome.message && <span className="restore-notice-detail"> {outcome.message}</span>}
      </p>
      <div className="restore-notice-actions">
        {outcome.state === 'restored' && outcome.step && (
          <button type="button" className="button-small" onClick={onUndo}>
            {t('restore.undo')}
          </button>
        )}
        <button
          type="button"
          className="icon-button"
          aria-label={t('restore.dismiss')}
          title={t('restore.dismiss')}
          onClick={onDismiss}
        >
          ×
        </button>
      </div>
    </div>
  );
}
