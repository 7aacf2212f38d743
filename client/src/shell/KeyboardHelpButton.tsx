import { useTranslation } from 'react-i18next';
import { keyboardHelp } from './keyboardHelp.ts';

/** Opens the keyboard shortcuts (as `?` does outside a text field). */
export function KeyboardHelpButton() {
  const { t } = useTranslation('a11y');
  return (
    <button type="button" className="toolbar-button" aria-haspopup="dialog" onClick={keyboardHelp.open}>
      {t('shortcuts.button')}
    </button>
  );
}
