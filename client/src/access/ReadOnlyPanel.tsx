import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ReadOnlyPanelProps {
  readOnly: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A side panel whose controls are all disabled for a role that may only read.
 * The disabled fieldset takes the panel's own close button with it, so the
 * note above the panel carries one (Escape still closes it too).
 */
export function ReadOnlyPanel({ readOnly, onClose, children }: ReadOnlyPanelProps) {
  const { t } = useTranslation(['access', 'common']);
  if (!readOnly) return children;
  return (
    <div className="read-only-panel" data-testid="read-only-panel">
      <div className="read-only-panel-note" role="note">
        <p>{t('readOnly.panel')}</p>
        <button type="button" className="button-small" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
      <fieldset disabled className="read-only-fieldset">
        <legend className="visually-hidden">{t('readOnly.label')}</legend>
        {children}
      </fieldset>
    </div>
  );
}
