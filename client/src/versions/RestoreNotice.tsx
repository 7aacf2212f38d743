import type { RestoreOutcome } from './useRestore.ts';

interface RestoreNoticeProps {
  outcome: RestoreOutcome;
  onUndo: () => void;
  onDismiss: () => void;
}

const TEXT: Record<RestoreOutcome['state'], (label: string) => string> = {
  restored: (label) => `Restored ${label}. Every delegation sees it now, as a new edit.`,
  undone: (label) => `The restore of ${label} was undone.`,
  blocked: () => 'Other edits were made after the restore: undo them first, in the text.',
  failed: (label) => `${label} could not be restored.`,
};

/** What the last restore did, with a way to take it back. */
export function RestoreNotice({ outcome, onUndo, onDismiss }: RestoreNoticeProps) {
  const tone = outcome.state === 'failed' || outcome.state === 'blocked' ? 'is-problem' : 'is-done';
  return (
    // A restore is said by the app's announcer (useRestore); a problem is an alert.
    <div
      className={`restore-notice ${tone}`}
      role={tone === 'is-problem' ? 'alert' : undefined}
      data-testid="restore-notice"
    >
      <p>
        {TEXT[outcome.state](outcome.label)}
        {outcome.message && <span className="restore-notice-detail"> {outcome.message}</span>}
      </p>
      <div className="restore-notice-actions">
        {outcome.state === 'restored' && outcome.step && (
          <button type="button" className="button-small" onClick={onUndo}>
            Undo restore
          </button>
        )}
        <button
          type="button"
          className="icon-button"
          aria-label="Dismiss"
          title="Dismiss"
          onClick={onDismiss}
        >
          ×
        </button>
      </div>
    </div>
  );
}
