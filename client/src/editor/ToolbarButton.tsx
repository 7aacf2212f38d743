import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutLabel } from './shortcutLabel.ts';

interface ToolbarButtonProps {
  label: string;
  shortcut?: string;
  onClick: () => void;
  disabled?: boolean;
  /** For toggles (bold, lists): whether it is on at the cursor. */
  pressed?: boolean;
  children: ReactNode;
}

export function ToolbarButton({ label, shortcut, onClick, disabled, pressed, children }: ToolbarButtonProps) {
  const { t } = useTranslation('editor');
  return (
    <button
      type="button"
      className="toolbar-button"
      aria-label={label}
      aria-pressed={pressed}
      title={shortcut ? t('toolbar.withShortcut', { label, shortcut: shortcutLabel(shortcut) }) : label}
      disabled={disabled}
      // Keep the editor's selection: a click on the toolbar must not blur it first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
